import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Apple status feeds the tests replay: every state the widget and the relay must handle, kept in the
 * repository (tests/fixtures/apple-status/) so a clone with nothing beside it tests the same.
 */
const APPLE_FEED_FIXTURES = fileURLToPath(new URL('../fixtures/apple-status/', import.meta.url));

/** The text of one feed fixture, e.g. `apple-status-all-ok.js`. */
export function appleFeedFixture(name: string): string {
	return readFileSync(new URL(name, `file://${APPLE_FEED_FIXTURES}`), 'utf8');
}
