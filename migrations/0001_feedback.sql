-- Readers' answers to "Did this fix it?". Applied by `wrangler d1 migrations apply` on Cloudflare D1
-- and by src/api/feedback-sqlite.ts on Node, so both stores have exactly this schema.
-- One row per reader, article and day: a later answer from the same reader that day replaces it.
CREATE TABLE votes (
	-- UTC calendar day of the answer, YYYY-MM-DD. No time of day is kept.
	day TEXT NOT NULL CHECK (length(day) = 10),
	-- Keyed hash of the network address with that day's key: not an address, and unlinkable across days.
	reader TEXT NOT NULL CHECK (length(reader) = 32),
	-- The article's address, as in content/<address>.mdx.
	article TEXT NOT NULL,
	fixed INTEGER NOT NULL CHECK (fixed IN (0, 1)),
	-- The step the reader said fixed it (only with fixed = 1), or NULL.
	step TEXT CHECK (step IS NULL OR fixed = 1),
	PRIMARY KEY (day, reader, article)
) WITHOUT ROWID;

CREATE INDEX votes_by_article ON votes (article, fixed, step);
