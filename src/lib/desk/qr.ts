/** The QR code that hands a step over to a phone: drawn at build time as inline SVG, no script. */
import { encode } from 'uqr';
import { escapeHtml } from './formats.ts';

/**
 * An SVG of the QR code of `text`, black on white with a quiet zone of 4 modules. uqr encodes; the drawing
 * is ours because uqr's own SVG draws every dark module as its own square (about 10 KB for a step's
 * address). Here each run of dark modules in a row is one stroke, moved to relatively: about 500 bytes
 * gzipped, which every article page carries once per step. Error correction L: a code on a screen is
 * read clean. Colours are attributes, not styles: the Content-Security-Policy allows no inline style.
 */
export function qrSvg(text: string, label: string): string {
	const { data, size } = encode(text, { ecc: 'L', border: 4 });
	let path = '';
	data.forEach((row, y) => {
		let end: number | undefined;
		let x = 0;
		while (x < size) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < size && row[x]) x++;
			path +=
				end === undefined ? `M${start} ${y}.5h${x - start}` : `m${start - end} 0h${x - start}`;
			end = x;
		}
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" shape-rendering="crispEdges"><title>${escapeHtml(label)}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" stroke="#000" stroke-width="1" fill="none"/></svg>`;
}
