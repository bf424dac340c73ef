-- A smaller database (issue 6: at most 2.5× the article text).
--
-- Quote and claim text is a span of the article text, so it is no longer copied: `text` is NULL
-- when the words are the article's text from `start` to `end` (Unicode scalars, which SQLite's
-- substr() counts for UTF-8 text) and holds the words only when they differ. The views
-- quote_texts and claim_texts give every row its text; queries read spans in Swift
-- (ArticleTexts) because substr() walks the article from its start on every row.
--
-- The full-text indexes take their content from those views, so the text is not stored there
-- either, and keep no per-row sizes (columnsize=0: nothing ranks by bm25). The application
-- writes index rows on insert; a trigger removes them before an article (and so its quotes and
-- claims) is deleted, while the article text they were read from is still there.

DROP TRIGGER quotes_fts_delete;
DROP TRIGGER quotes_fts_update;
DROP TRIGGER claims_fts_delete;
DROP TRIGGER claims_fts_update;
DROP TABLE quotes_fts;
DROP TABLE claims_fts;

-- mention_id points at article_speakers(id) of the same article without a foreign key: speakers
-- are deleted only with their article, which deletes its quotes and claims too, so the
-- constraint only cost an index per table (curation looks mentions up by article first).
CREATE TABLE quotes_compact (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    mention_id INTEGER,
    text TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'reported')),
    cue TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    confidence REAL NOT NULL,
    curated INTEGER NOT NULL DEFAULT 0
);
INSERT INTO quotes_compact(id, article_id, speaker_id, mention_id, text, kind, cue, start, "end", paragraph,
                           confidence, curated)
SELECT q.id, q.article_id, q.speaker_id, q.mention_id,
       CASE WHEN q.text = substr(a.text, q.start + 1, q."end" - q.start) THEN NULL ELSE q.text END,
       q.kind, q.cue, q.start, q."end", q.paragraph, q.confidence, q.curated
  FROM quotes q LEFT JOIN articles a ON a.id = q.article_id
 ORDER BY q.id;
DROP TABLE quotes;
ALTER TABLE quotes_compact RENAME TO quotes;
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE claims_compact (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    claimant_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    mention_id INTEGER,
    text TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('reported', 'stated')),
    cue TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    confidence REAL NOT NULL,
    hedges TEXT NOT NULL DEFAULT '[]',
    figures TEXT NOT NULL DEFAULT '[]',
    dates TEXT NOT NULL DEFAULT '[]',
    group_id INTEGER REFERENCES claim_groups(id) ON DELETE SET NULL
);
INSERT INTO claims_compact(id, article_id, claimant_id, mention_id, text, kind, cue, start, "end", paragraph,
                           confidence, hedges, figures, dates, group_id)
SELECT c.id, c.article_id, c.claimant_id, c.mention_id,
       CASE WHEN c.text = substr(a.text, c.start + 1, c."end" - c.start) THEN NULL ELSE c.text END,
       c.kind, c.cue, c.start, c."end", c.paragraph, c.confidence, c.hedges, c.figures, c.dates, c.group_id
  FROM claims c LEFT JOIN articles a ON a.id = c.article_id
 ORDER BY c.id;
DROP TABLE claims;
ALTER TABLE claims_compact RENAME TO claims;
CREATE INDEX claims_article ON claims(article_id);
-- Most claims are the article's own voice or ungrouped: index only the rows that have a value
-- (a query's `claimant_id IN (...)` or `group_id = ?` implies it is not NULL).
CREATE INDEX claims_claimant ON claims(claimant_id) WHERE claimant_id IS NOT NULL;
CREATE INDEX claims_group ON claims(group_id) WHERE group_id IS NOT NULL;

-- Dropped with the old claims table (0003); unchanged.
CREATE TRIGGER claim_group_claim_delete AFTER DELETE ON claims WHEN old.group_id IS NOT NULL BEGIN
    DELETE FROM claim_links WHERE a = old.id;
    DELETE FROM claim_links WHERE b = old.id;
    INSERT OR IGNORE INTO claim_group_dirty(group_id) VALUES (old.group_id);
END;

-- Every quote and claim with its words.
CREATE VIEW quote_texts(id, article_id, text) AS
SELECT q.id, q.article_id, coalesce(q.text, substr(a.text, q.start + 1, q."end" - q.start))
  FROM quotes q JOIN articles a ON a.id = q.article_id;
CREATE VIEW claim_texts(id, article_id, text) AS
SELECT c.id, c.article_id, coalesce(c.text, substr(a.text, c.start + 1, c."end" - c.start))
  FROM claims c JOIN articles a ON a.id = c.article_id;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content = 'quote_texts', content_rowid = 'id', columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE claims_fts USING fts5(
    text, content = 'claim_texts', content_rowid = 'id', columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');

CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text)
        SELECT 'delete', id, text FROM quote_texts WHERE article_id = old.id;
    INSERT INTO claims_fts(claims_fts, rowid, text)
        SELECT 'delete', id, text FROM claim_texts WHERE article_id = old.id;
END;

-- The linker ends its evidence with the article it read ("… [article KEY, DATE]"); a speaker row
-- belongs to that article already, so the writer drops the suffix, and so does this for old rows.
UPDATE article_speakers
   SET evidence = substr(evidence, 1, length(evidence) - length(
           (SELECT ' [article ' || a.key || coalesce(', ' || a.published, '') || ']' FROM articles a
             WHERE a.id = article_speakers.article_id)))
 WHERE evidence LIKE '% [article %]'
   AND substr(evidence, -length(
           (SELECT ' [article ' || a.key || coalesce(', ' || a.published, '') || ']' FROM articles a
             WHERE a.id = article_speakers.article_id)))
       = (SELECT ' [article ' || a.key || coalesce(', ' || a.published, '') || ']' FROM articles a
           WHERE a.id = article_speakers.article_id);
