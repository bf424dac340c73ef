-- Search that finds, and rows other tools read (issue 15).
--
-- The full-text indexes stem English words (porter over unicode61, diacritics removed), so
-- "email" finds "emails" and "trades" finds "trade".
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

-- quote_rows and claim_rows read alone (sqlite3, datasette): each row names its article, outlet,
-- date, URL and speaker, and the confidence is on one scale, 0 to 1. The columns they had keep
-- their names; datasette searches them through quotes_fts/claims_fts (fts_pk = id).
DROP VIEW quote_rows;
CREATE VIEW quote_rows(id, article, title, outlet, date, url, speaker, speaker_type, text, kind, cue, confidence,
                       article_id, speaker_id, mention, start, "end", paragraph, curated) AS
SELECT q.id, a.key, a.title, a.source, a.published, a.url, coalesce(e.name, m.name),
       coalesce(e.kind, CASE m.kind WHEN 0 THEN 'person' WHEN 1 THEN 'organisation' WHEN 2 THEN 'group'
                                    WHEN 3 THEN 'unknown' END),
       coalesce(q.text, substr(a.text, q.start + 1, q."end" - q.start)),
       CASE q.kind WHEN 0 THEN 'direct' WHEN 1 THEN 'partial' ELSE 'reported' END, q.cue,
       CASE WHEN typeof(q.confidence) = 'integer' THEN q.confidence / 1000.0 ELSE q.confidence END,
       q.article_id, q.speaker_id, q.mention, q.start, q."end", q.paragraph, q.curated
  FROM quotes q JOIN articles a ON a.id = q.article_id
  LEFT JOIN entities e ON e.id = q.speaker_id
  LEFT JOIN article_speakers m ON m.article_id = q.article_id AND m.position = q.mention;

DROP VIEW claim_rows;
CREATE VIEW claim_rows(id, article, title, outlet, date, url, claimant, claimant_type, text, kind, cue, confidence,
                       article_id, claimant_id, mention, start, "end", paragraph, hedges, figures, dates,
                       group_id) AS
SELECT c.id, a.key, a.title, a.source, a.published, a.url, coalesce(e.name, m.name),
       coalesce(e.kind, CASE m.kind WHEN 0 THEN 'person' WHEN 1 THEN 'organisation' WHEN 2 THEN 'group'
                                    WHEN 3 THEN 'unknown' END),
       coalesce(c.text, substr(a.text, c.start + 1, c."end" - c.start)),
       CASE c.kind WHEN 0 THEN 'stated' ELSE 'reported' END, c.cue,
       CASE WHEN typeof(c.confidence) = 'integer' THEN c.confidence / 1000.0 ELSE c.confidence END,
       c.article_id, c.claimant_id, c.mention, c.start, c."end", c.paragraph,
       coalesce(c.hedges, '[]'),
       CASE WHEN c.figures LIKE '[[%' THEN (
           SELECT json_group_array(json_object(
               'value', item.value -> '$[0]', 'qualifier', item.value -> '$[1]',
               'unit', item.value -> '$[2]', 'event', item.value -> '$[3]',
               'text', item.value -> '$[4]'))
             FROM json_each(c.figures) item)
            ELSE coalesce(c.figures, '[]') END,
       CASE WHEN c.dates LIKE '[[%' THEN (
           SELECT json_group_array(json_object(
               'text', item.value -> '$[0]', 'from', item.value -> '$[1]',
               'to', item.value -> '$[2]'))
             FROM json_each(c.dates) item)
            ELSE coalesce(c.dates, '[]') END,
       c.group_id
  FROM claims c JOIN articles a ON a.id = c.article_id
  LEFT JOIN entities e ON e.id = c.claimant_id
  LEFT JOIN article_speakers m ON m.article_id = c.article_id AND m.position = c.mention;
