/** The QR code that hands a step over to a phone: drawn at build time as inline SVG, no script. */
import { encode } from 'uqr';
import { escapeHtml } from './formats.ts';

/**
 * An SVG of the QR code of `text`, black on white with a quiet zone of 4 modules. uqr encodes; the drawing
 * is ours because uqr's own SVG draws every dark module as its own square (about 10 KB for a step's
 * address), where one rectangle per run of dark modules in a row is a quarter of that. Colours are
 * attributes, not styles: the Content-Security-Policy allows no inline style.
 */
export function qrSvg(text: string, label: string): string {
	const { data, size } = encode(text, { ecc: 'M', border: 4 });
	let path = '';
	data.forEach((row, y) => {
		let x = 0;
		while (x < size) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < size && row[x]) x++;
			path += `M${start} ${y}h${x - start}v1h-${x - start}z`;
		}
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" shape-rendering="crispEdges"><title>${escapeHtml(label)}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
