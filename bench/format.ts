// How the bench writes its figures, in the terminal and in bench/README.md.
import type { Unit } from './types.ts';

const MB = 1024 * 1024;

export const fmt = {
	s: (ms: number | null | undefined): string => (ms == null ? '—' : `${(ms / 1000).toFixed(1)} s`),
	ms: (ms: number | null | undefined): string => (ms == null ? '—' : `${Math.round(ms)} ms`),
	mb: (b: number | null | undefined): string =>
		b == null
			? '—'
			: b < MB
				? `${(b / 1024).toFixed(0)} kB`
				: `${(b / MB).toFixed(b < 10 * MB ? 1 : 0)} MB`,
	kb: (b: number | null | undefined): string =>
		b == null ? '—' : b === 0 ? '0' : `${(b / 1024).toFixed(1)} kB`,
	n: (n: number | null | undefined): string => (n == null ? '—' : String(Math.round(n * 10) / 10)),
};

const exponent = (value: number | null | undefined): string =>
	value == null ? '—' : value.toFixed(2);

const BY_UNIT: Record<Unit, (value: number | null | undefined) => string> = {
	ms: fmt.ms,
	s: fmt.s,
	bytes: fmt.kb,
	mb: fmt.mb,
	n: fmt.n,
	exponent,
};

export const fmtUnit = (unit: Unit | undefined): ((value: number | null | undefined) => string) =>
	BY_UNIT[unit ?? 'bytes'];

export const ratio = (
	ours: number | null | undefined,
	ref: number | null | undefined,
): number | null =>
	ours == null || ref == null ? null : ref === 0 ? (ours === 0 ? 1 : Infinity) : ours / ref;

export const fmtRatio = (r: number | null): string =>
	r == null ? '—' : r === Infinity ? '∞' : r.toFixed(2);

/** JSON has no Infinity: results.json writes the string. */
export const jsonRatio = (r: number | null): number | string | null =>
	r === Infinity ? 'Infinity' : r;
