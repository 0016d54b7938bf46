import { spawn, type ChildProcess } from 'node:child_process';

/** `npm run api` in its own process, as the tests start it. */
export interface SpawnedApi {
	port: number;
	child: ChildProcess;
	/** Everything it printed so far, stdout and stderr. */
	output: () => string;
}

/** How to start the server, beyond its environment. */
export interface SpawnOptions {
	/** Lower the number of files (and so sockets) the process may open, as on a host with a low default. */
	fileLimit?: number;
	/** Called as soon as the process exists, so that a caller can stop it even if it never listens. */
	onSpawn?: (child: ChildProcess) => void;
}

/**
 * Start src/api/node-server.ts on a free port (PORT=0) with only these settings in its environment;
 * resolves once it prints where it listens.
 */
export async function spawnApiServer(
	settings: Record<string, string | undefined>,
	{ fileLimit, onSpawn }: SpawnOptions = {},
): Promise<SpawnedApi> {
	const env = { PATH: process.env['PATH'], PORT: '0', HOST: '127.0.0.1', ...settings };
	const [command, args] =
		fileLimit === undefined
			? [process.execPath, ['src/api/node-server.ts']]
			: [
					'/bin/sh',
					['-c', `ulimit -n ${fileLimit} && exec "$0" src/api/node-server.ts`, process.execPath],
				];
	const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
	onSpawn?.(child);
	let printed = '';
	const record = (chunk: Buffer) => {
		printed += chunk.toString();
	};
	child.stdout.on('data', record);
	child.stderr.on('data', record);
	const port = await new Promise<number>((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`npm run api exited with ${code}: ${printed}`)));
		child.stdout.on('data', () => {
			const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(printed);
			if (match) resolve(Number(match[1]));
		});
	});
	return { port, child, output: () => printed };
}
