-- Smaller rows (issue 6), measured on PolNeAR repeated to 4,200 articles: 2.7 MB less of 53 MB.
--
-- Quotes and claims: `kind` as a small code, `confidence` in thousandths as an integer whenever
-- that gives back the same number (else the REAL itself, so nothing is rounded), and no '[]' for
-- claims without hedges, figures or dates (NULL). The views quote_rows and claim_rows spell them
-- out again for anyone reading the database with SQL.
--
-- Speakers: keyed by (article, position) without a rowid, so the article's speakers need no
-- index of their own and quotes and claims name their speaker by its position in the article
-- (`mention`, one byte) instead of a row id; `kind` as a code (0 person, 1 organisation,
-- 2 group, 3 unknown), NULL for no aliases, roles or organisations; and the linker's evidence,
-- which repeats ('same full name: "A" ~ "B"' for every article naming A), stored once per
-- distinct text in link_evidence. The view article_speaker_rows spells it out.

DROP TRIGGER articles_fts_delete;
DROP VIEW quote_texts;
DROP VIEW claim_texts;

-- Why the linker tied each article's speaker to its entity, one row per distinct reason.
CREATE TABLE link_evidence (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
);
INSERT INTO link_evidence(text)
SELECT evidence FROM article_speakers WHERE evidence IS NOT NULL GROUP BY evidence ORDER BY min(id);

-- evidence_id has no foreign key: evidence rows are never deleted (and an import checks nothing
-- per speaker).
CREATE TABLE article_speakers_coded (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    kind INTEGER NOT NULL CHECK (kind IN (0, 1, 2, 3)),
    role TEXT,
    aliases TEXT,
    roles TEXT,
    organisations TEXT,
    evidence_id INTEGER,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
INSERT INTO article_speakers_coded(article_id, position, entity_id, name, kind, role, aliases, roles, organisations,
                                   evidence_id)
SELECT s.article_id, s.position, s.entity_id, s.name,
       CASE s.kind WHEN 'person' THEN 0 WHEN 'organisation' THEN 1 WHEN 'group' THEN 2 ELSE 3 END, s.role,
       nullif(s.aliases, '[]'), nullif(s.roles, '[]'), nullif(s.organisations, '[]'),
       (SELECT v.id FROM link_evidence v WHERE v.text = s.evidence)
  FROM article_speakers s;

-- kind: 0 direct, 1 partial, 2 reported; mention: the speaker's position in the article.
CREATE TABLE quotes_coded (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    mention INTEGER,
    text TEXT,
    kind INTEGER NOT NULL CHECK (kind IN (0, 1, 2)),
    cue TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    confidence NOT NULL,
    curated INTEGER NOT NULL DEFAULT 0
);
INSERT INTO quotes_coded(id, article_id, speaker_id, mention, text, kind, cue, start, "end", paragraph,
                         confidence, curated)
SELECT q.id, q.article_id, q.speaker_id, m.position, q.text,
       CASE q.kind WHEN 'direct' THEN 0 WHEN 'partial' THEN 1 ELSE 2 END, q.cue, q.start, q."end", q.paragraph,
       CASE WHEN CAST(round(q.confidence * 1000) AS INTEGER) / 1000.0 = q.confidence
            THEN CAST(round(q.confidence * 1000) AS INTEGER) ELSE q.confidence END,
       q.curated
  FROM quotes q LEFT JOIN article_speakers m ON m.id = q.mention_id AND m.article_id = q.article_id
 ORDER BY q.id;

-- kind: 0 stated, 1 reported.
CREATE TABLE claims_coded (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    claimant_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    mention INTEGER,
    text TEXT,
    kind INTEGER NOT NULL CHECK (kind IN (0, 1)),
    cue TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    confidence NOT NULL,
    hedges TEXT,
    figures TEXT,
    dates TEXT,
    group_id INTEGER REFERENCES claim_groups(id) ON DELETE SET NULL
);
INSERT INTO claims_coded(id, article_id, claimant_id, mention, text, kind, cue, start, "end", paragraph,
                         confidence, hedges, figures, dates, group_id)
SELECT c.id, c.article_id, c.claimant_id, m.position, c.text, CASE c.kind WHEN 'stated' THEN 0 ELSE 1 END, c.cue,
       c.start, c."end", c.paragraph,
       CASE WHEN CAST(round(c.confidence * 1000) AS INTEGER) / 1000.0 = c.confidence
            THEN CAST(round(c.confidence * 1000) AS INTEGER) ELSE c.confidence END,
       nullif(c.hedges, '[]'), nullif(c.figures, '[]'), nullif(c.dates, '[]'), c.group_id
  FROM claims c LEFT JOIN article_speakers m ON m.id = c.mention_id AND m.article_id = c.article_id
 ORDER BY c.id;

DROP TABLE quotes;
DROP TABLE claims;
DROP TABLE article_speakers;
ALTER TABLE article_speakers_coded RENAME TO article_speakers;
ALTER TABLE quotes_coded RENAME TO quotes;
ALTER TABLE claims_coded RENAME TO claims;
CREATE INDEX article_speakers_entity ON article_speakers(entity_id);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_claimant ON claims(claimant_id) WHERE claimant_id IS NOT NULL;
CREATE INDEX claims_group ON claims(group_id) WHERE group_id IS NOT NULL;
CREATE TRIGGER claim_group_claim_delete AFTER DELETE ON claims WHEN old.group_id IS NOT NULL BEGIN
    DELETE FROM claim_links WHERE a = old.id;
    DELETE FROM claim_links WHERE b = old.id;
    INSERT OR IGNORE INTO claim_group_dirty(group_id) VALUES (old.group_id);
END;

-- The full-text indexes (0004) read these; ids and words are unchanged, so they stay valid.
CREATE VIEW quote_texts(id, article_id, text) AS
SELECT q.id, q.article_id, coalesce(q.text, substr(a.text, q.start + 1, q."end" - q.start))
  FROM quotes q JOIN articles a ON a.id = q.article_id;
CREATE VIEW claim_texts(id, article_id, text) AS
SELECT c.id, c.article_id, coalesce(c.text, substr(a.text, c.start + 1, c."end" - c.start))
  FROM claims c JOIN articles a ON a.id = c.article_id;
CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text)
        SELECT 'delete', id, text FROM quote_texts WHERE article_id = old.id;
    INSERT INTO claims_fts(claims_fts, rowid, text)
        SELECT 'delete', id, text FROM claim_texts WHERE article_id = old.id;
END;

-- Quotes, claims and speakers spelled out, for reading with SQL.
CREATE VIEW quote_rows(id, article_id, speaker_id, mention, text, kind, cue, start, "end", paragraph, confidence,
                       curated) AS
SELECT q.id, q.article_id, q.speaker_id, q.mention, t.text,
       CASE q.kind WHEN 0 THEN 'direct' WHEN 1 THEN 'partial' ELSE 'reported' END, q.cue, q.start, q."end",
       q.paragraph, CASE WHEN typeof(q.confidence) = 'integer' THEN q.confidence / 1000.0 ELSE q.confidence END,
       q.curated
  FROM quotes q JOIN quote_texts t ON t.id = q.id;
CREATE VIEW claim_rows(id, article_id, claimant_id, mention, text, kind, cue, start, "end", paragraph, confidence,
                       hedges, figures, dates, group_id) AS
SELECT c.id, c.article_id, c.claimant_id, c.mention, t.text, CASE c.kind WHEN 0 THEN 'stated' ELSE 'reported' END,
       c.cue, c.start, c."end", c.paragraph,
       CASE WHEN typeof(c.confidence) = 'integer' THEN c.confidence / 1000.0 ELSE c.confidence END,
       coalesce(c.hedges, '[]'), coalesce(c.figures, '[]'), coalesce(c.dates, '[]'), c.group_id
  FROM claims c JOIN claim_texts t ON t.id = c.id;

CREATE VIEW article_speaker_rows(article_id, position, entity_id, name, kind, role, aliases, roles, organisations,
                                 evidence) AS
SELECT s.article_id, s.position, s.entity_id, s.name,
       CASE s.kind WHEN 0 THEN 'person' WHEN 1 THEN 'organisation' WHEN 2 THEN 'group' WHEN 3 THEN 'unknown' END, s.role,
       coalesce(s.aliases, '[]'), coalesce(s.roles, '[]'), coalesce(s.organisations, '[]'), v.text
  FROM article_speakers s LEFT JOIN link_evidence v ON v.id = s.evidence_id;
