// Peak memory of a whole process tree (a build: sh → astro build, then pagefind), sampled from /proc.
// GNU time only reports the largest single process, and it is not on every machine (.ci/run does not
// install it); /proc is on every Linux, and it sees every process of the tree while it runs.
import { readdirSync, readFileSync } from 'node:fs';

const SAMPLE_MS = 100;

/** `VmRSS` and `VmHWM` (peak RSS so far) of one process, in bytes; null once it has ended. */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (field: string) =>
			Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
		return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 };
	} catch {
		return null;
	}
}

function childrenOf(pid: number): number[] {
	const out: number[] = [];
	try {
		for (const tid of readdirSync(`/proc/${pid}/task`)) {
			const children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
			if (children) out.push(...children.split(/\s+/).map(Number));
		}
	} catch {
		// the process ended between two reads
	}
	return out;
}

export interface TreeMemory {
	/** The largest sum of VmRSS over the tree at one sample. */
	treePeakBytes: number;
	/** The largest VmHWM of any single process of the tree (its own peak, between samples too). */
	largestProcessBytes: number;
	samples: number;
}

/** Samples the tree below `rootPid` every 100 ms until `stop()` is called. */
export function sampleTreeMemory(rootPid: number): { stop: () => TreeMemory } {
	const peaks: TreeMemory = { treePeakBytes: 0, largestProcessBytes: 0, samples: 0 };
	const sample = () => {
		const pids = [rootPid];
		let total = 0;
		for (let i = 0; i < pids.length; i++) {
			const pid = pids[i]!;
			const memory = memoryOf(pid);
			if (!memory) continue;
			total += memory.rss;
			peaks.largestProcessBytes = Math.max(peaks.largestProcessBytes, memory.hwm);
			pids.push(...childrenOf(pid));
		}
		peaks.treePeakBytes = Math.max(peaks.treePeakBytes, total);
		peaks.samples++;
	};
	sample();
	const timer = setInterval(sample, SAMPLE_MS);
	return {
		stop: () => {
			clearInterval(timer);
			return peaks;
		},
	};
}
