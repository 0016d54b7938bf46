/**
 * The API app with unanswered searches over a real SQLite file (api-app.ts), for the tests in src/api/.
 */
import { createApiApp } from '../../src/api/app.ts';
import type { RateLimit } from '../../src/api/feedback-reader.ts';
import { createUnanswered } from '../../src/api/unanswered.ts';
import { createSqliteUnansweredStore } from '../../src/api/unanswered-sqlite.ts';
import { apiApp, SECRET, SITE, type Sent } from './api-app.ts';

export { SECRET, SITE } from './api-app.ts';

/** Register the hooks of one test file; `use` serves another rate limit, or nothing bound ('unbound'). */
export function unansweredApp() {
	const app = apiApp<{ rateLimit?: RateLimit } | 'unbound'>(
		'/api/unanswered',
		(settings, database, now) => {
			const bound =
				settings === 'unbound'
					? undefined
					: createUnanswered({
							store: createSqliteUnansweredStore(database),
							secret: SECRET,
							now,
							...settings,
						});
			return createApiApp<{ address: string }>({
				allowedOrigins: () => [SITE],
				unanswered: { unanswered: () => bound, clientAddress: (c) => c.env.address },
			});
		},
		{},
	);
	return {
		...app,
		/** A search: the body as JSON (a string is sent as it is). */
		search: (body: unknown, sent: Omit<Sent, 'body'> = {}) => app.post(body, sent),
		get db() {
			return app.database();
		},
		rows: () =>
			app
				.database()
				.prepare(
					'SELECT day, lang, query, reader FROM unanswered ORDER BY day, lang, query, reader',
				)
				.all(),
	};
}
