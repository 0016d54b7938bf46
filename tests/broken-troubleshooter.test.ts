import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';

/** Build the site with a fixture tree instead of content/troubleshooter.yaml, and return what the author sees. */
function buildWith(treeFile: string) {
	const result = spawnSync('npx', ['astro', 'build'], {
		env: {
			...process.env,
			TROUBLESHOOTER_FILE: treeFile,
			OUT_DIR: mkdtempSync(join(tmpdir(), 'broken-tree-')),
			NO_COLOR: '1',
			FORCE_COLOR: '0',
		},
		encoding: 'utf8',
	});
	// Terminal colours would split the message the author reads into pieces.
	const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
	return { status: result.status, output };
}

// Each case runs a whole `astro build`: seconds alone, far longer on a busy machine.
const BUILD_TIMEOUT_MS = 120_000;

describe('building with a broken troubleshooter tree', () => {
	test.each([
		{
			fixture: 'missing-step.yaml',
			messages: [
				'node "restart": fix /restart-iphone/#reboot-it points to the step "reboot-it", which restart-iphone does not have',
				'node "restart" is reached by 2 answers of "start"',
				'The article "make-enough-room" is not reachable from /troubleshoot/',
			],
		},
		{
			fixture: 'not-yaml.yaml',
			messages: [
				'The file cannot be read: Nested mappings are not allowed in compact mappings at line 3',
			],
		},
	])(
		'fails for $fixture, naming the file and what to fix',
		({ fixture, messages }) => {
			const file = `tests/fixtures/broken-trees/${fixture}`;
			const { status, output } = buildWith(file);
			expect(status).not.toBe(0);
			expect(output).toContain(`${file} needs fixing before the site can build`);
			for (const message of messages) expect(output).toContain(message);
		},
		BUILD_TIMEOUT_MS,
	);
});
