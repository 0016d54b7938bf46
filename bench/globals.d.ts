// What the bench's init scripts leave on a page's window for the bench to read back.
import type { LayoutShiftEntry } from './types.ts';

declare global {
	interface Window {
		__benchShift?: { sum: number; entries: LayoutShiftEntry[] };
		__benchFound?: boolean;
		__benchFirstResult?: { at: number; shown: number; t0: number; href: string; page: string };
		__pf?: {
			search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
		};
	}
}

export {};
