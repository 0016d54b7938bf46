import { describe, expect, test } from 'vitest';
import { parseSettingsPath } from './settings-path.ts';

describe('parseSettingsPath', () => {
	test.each([
		{ path: 'Settings > [your name] > iCloud', places: ['Settings', '[your name]', 'iCloud'] },
		{
			path: 'Settings›General ›  iPhone Storage',
			places: ['Settings', 'General', 'iPhone Storage'],
		},
		{ path: ' > Settings > > General > ', places: ['Settings', 'General'] },
	])('reads "$path" as $places', ({ path, places }) => {
		expect(parseSettingsPath(path)).toEqual(places);
	});

	test.each(['Settings', '', ' > '])(
		'names the component and the path when "%s" holds fewer than two places',
		(path) => {
			expect(() => parseSettingsPath(path)).toThrow(
				`<SettingsPath path="${path}"> needs at least two places separated by ">".`,
			);
		},
	);
});
