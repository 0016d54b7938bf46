-- Searches readers left without opening a result (docs/unanswered-searches.md). Applied by
-- `wrangler d1 migrations apply` on Cloudflare D1 and by src/api/feedback-sqlite.ts on Node, in the same
-- database as the votes. One row per reader, language, query and day: a reader counts once a day.
CREATE TABLE unanswered (
	-- UTC calendar day of the search, YYYY-MM-DD. No time of day is kept.
	day TEXT NOT NULL CHECK (length(day) = 10),
	-- The page's language, as src/lib/i18n/locales.ts names it (en, es, pt-br, de).
	lang TEXT NOT NULL CHECK (length(lang) BETWEEN 2 AND 5),
	-- The query after src/lib/search/unanswered.ts scrubbed it: no digits, addresses, numbers, keys or codes.
	query TEXT NOT NULL CHECK (length(query) BETWEEN 1 AND 100),
	-- Keyed hash of the reader's network address with the language and query, with that day's key: not
	-- an address, and it links neither one reader's days nor their other searches of the day.
	reader TEXT NOT NULL CHECK (length(reader) = 32),
	PRIMARY KEY (day, lang, query, reader)
) WITHOUT ROWID;

CREATE INDEX unanswered_by_query ON unanswered (lang, query);

-- Rows older than 30 days are deleted at every write (RETENTION_DAYS in src/lib/search/unanswered.ts;
-- the report deletes them too). A row's day is the day it was written, so NEW.day is today.
CREATE TRIGGER unanswered_expire AFTER INSERT ON unanswered
BEGIN
	DELETE FROM unanswered WHERE day < date(NEW.day, '-30 days');
END;
