// What the bench's init scripts leave on a page's window for the bench to read back.
import type { LayoutShiftEntry } from './types.ts';

declare global {
	interface Window {
		__benchShift?: { sum: number; entries: LayoutShiftEntry[] };
		__benchFound?: boolean;
		__benchFirstResult?: { at: number; shown: number; t0: number; href: string; page: string };
		/** Node's side of the reader's path: the first result, as soon as it is recorded. */
		__benchReport?: (first: NonNullable<Window['__benchFirstResult']>) => Promise<void>;
		__pf?: {
			search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
		};
	}
}

export {};
