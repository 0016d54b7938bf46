import { describe, expect, test } from 'vitest';
import { BUILD_TIMEOUT_MS, buildFixtureSite } from './support/fixture-build.ts';

const buildWith = (treeFile: string) => buildFixtureSite({ TROUBLESHOOTER_FILE: treeFile });

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
