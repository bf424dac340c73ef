-- Occurrence keys (issue 14): what `export quotes` needs to group a quote printed in several
-- articles (its `occurrences` and `group` columns), stored at import instead of worked out at
-- every export from every quote's words and every article's text.
--
-- quotes.words_key: a stable 64-bit hash of the quote's words as Store.occurrenceKey folds them
-- (letters and digits lower-cased, every other run of characters one space). The speaker's part
-- of the group is not stored: a curator may rename, merge or reassign the speaker.
--
-- article_text_keys: a stable 64-bit hash of each article's text, so the articles printing a quote
-- are counted by distinct text (a story stored under two keys counts once) without reading them.
--
-- Rows stored before this migration are filled by Hearsay right after it
-- (Store.fillOccurrenceKeys); a row still without a key is worked out from its text when exported.
ALTER TABLE quotes ADD COLUMN words_key INTEGER;

CREATE TABLE article_text_keys (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    text_key INTEGER NOT NULL
);
