/**
 * The API app with feedback over a real SQLite file (api-app.ts), for the feedback tests in src/api/.
 */
import { createApiApp } from '../../src/api/app.ts';
import { createFeedback, type FeedbackOptions } from '../../src/api/feedback.ts';
import { createSqliteStore } from '../../src/api/feedback-sqlite.ts';
import { parseCatalog } from '../../src/api/feedback-store.ts';
import { apiApp, SECRET, SITE, type Sent } from './api-app.ts';

export { SECRET, SITE } from './api-app.ts';

const CATALOG = parseCatalog({
	schema: 1,
	articles: [
		{ article: 'restart-iphone', steps: ['restart-face-id', 'force-restart'] },
		{ article: 'back-up-now', steps: ['start-backup'] },
	],
});

/** Register the hooks of one test file; `use` serves other feedback settings, or none ('unbound'). */
export function feedbackApp() {
	const app = apiApp<Partial<FeedbackOptions> | 'unbound'>(
		'/api/feedback',
		(overrides, database, now) => {
			const bound =
				overrides === 'unbound'
					? undefined
					: createFeedback({
							store: createSqliteStore(database),
							catalog: () => Promise.resolve(CATALOG),
							secret: SECRET,
							now,
							...overrides,
						});
			return createApiApp<{ address: string }>({
				allowedOrigins: () => [SITE],
				feedback: { feedback: () => bound, clientAddress: (c) => c.env.address },
			});
		},
		{},
	);
	return {
		...app,
		/** A vote: the body as JSON (a string is sent as it is). */
		vote: (body: unknown, sent: Omit<Sent, 'body'> = {}) => app.post(body, sent),
		get db() {
			return app.database();
		},
		rows: () =>
			app
				.database()
				.prepare('SELECT day, reader, article, fixed, step, lang FROM votes ORDER BY article, day')
				.all(),
	};
}
