-- Search that finds (issue 15): the full-text indexes stem English words (porter over
-- unicode61, diacritics removed), so "email" finds "emails" and "trades" finds "trade".
-- Same content views and rowids as 0004, so the writer and the delete trigger are unchanged;
-- only the tokenizer differs, and the indexes are rebuilt from the views.

DROP TABLE quotes_fts;
DROP TABLE claims_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content = 'quote_texts', content_rowid = 'id', columnsize = 0,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE claims_fts USING fts5(
    text, content = 'claim_texts', content_rowid = 'id', columnsize = 0,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('automerge', 2);
INSERT INTO claims_fts(claims_fts, rank) VALUES ('automerge', 2);
