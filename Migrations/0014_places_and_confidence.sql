-- Two changes to what the database holds (issue 17).
--
-- A `place` kind of speaker: a country, a state, a region or a city ("Russia said" is its
-- government speaking; "Iowa" is never a person). The kinds are checked by the tables, so
-- `entities` (kind as text) and `article_speakers` (kind as a code, 4 for a place) are rebuilt
-- with the new kind allowed; row ids and positions are kept, so every reference stays valid.
--
-- Confidence on one scale: quotes and claims stored it as integer thousandths wherever that was
-- exact (0005) and as a REAL otherwise, so the column held 300 to 960 beside 0.512. Every row now
-- holds the REAL from 0 to 1, which is what the views, exports and queries always showed; the
-- views read the column as it is.
--
-- The three views that spell out kinds and confidence are dropped first and made again at the
-- end: 0009's, with the place kind and the plain confidence.

DROP VIEW quote_rows;
DROP VIEW claim_rows;
DROP VIEW article_speaker_rows;

CREATE TABLE entities_with_places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'group', 'unknown', 'place')),
    curated INTEGER NOT NULL DEFAULT 0
);
INSERT INTO entities_with_places(id, name, kind, curated) SELECT id, name, kind, curated FROM entities ORDER BY id;
DROP TABLE entities;
ALTER TABLE entities_with_places RENAME TO entities;

-- kind: 0 person, 1 organisation, 2 group, 3 unknown, 4 place.
CREATE TABLE article_speakers_with_places (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    kind INTEGER NOT NULL CHECK (kind IN (0, 1, 2, 3, 4)),
    role TEXT,
    aliases TEXT,
    roles TEXT,
    organisations TEXT,
    evidence_id INTEGER,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
INSERT INTO article_speakers_with_places(article_id, position, entity_id, name, kind, role, aliases, roles,
                                         organisations, evidence_id)
SELECT article_id, position, entity_id, name, kind, role, aliases, roles, organisations, evidence_id
  FROM article_speakers;
DROP TABLE article_speakers;
ALTER TABLE article_speakers_with_places RENAME TO article_speakers;
CREATE INDEX article_speakers_entity ON article_speakers(entity_id);

UPDATE quotes SET confidence = confidence / 1000.0 WHERE typeof(confidence) = 'integer';
UPDATE claims SET confidence = confidence / 1000.0 WHERE typeof(confidence) = 'integer';

CREATE VIEW article_speaker_rows(article_id, position, entity_id, name, kind, role, aliases, roles, organisations,
                                 evidence) AS
SELECT s.article_id, s.position, s.entity_id, s.name,
       CASE s.kind WHEN 0 THEN 'person' WHEN 1 THEN 'organisation' WHEN 2 THEN 'group' WHEN 3 THEN 'unknown'
                   WHEN 4 THEN 'place' END, s.role,
       coalesce(s.aliases, '[]'), coalesce(s.roles, '[]'), coalesce(s.organisations, '[]'), v.text
  FROM article_speakers s LEFT JOIN link_evidence v ON v.id = s.evidence_id;

CREATE VIEW quote_rows(id, article, title, outlet, date, url, speaker, speaker_type, text, kind, cue, confidence,
                       article_id, speaker_id, mention, start, "end", paragraph, curated, context) AS
SELECT q.id, a.key, a.title, a.source, a.published, a.url, coalesce(e.name, m.name),
       coalesce(e.kind, CASE m.kind WHEN 0 THEN 'person' WHEN 1 THEN 'organisation' WHEN 2 THEN 'group'
                                    WHEN 3 THEN 'unknown' WHEN 4 THEN 'place' END),
       coalesce(q.text, substr(a.text, q.start + 1, q."end" - q.start)),
       CASE q.kind WHEN 0 THEN 'direct' WHEN 1 THEN 'partial' ELSE 'reported' END, q.cue,
       q.confidence,
       q.article_id, q.speaker_id, q.mention, q.start, q."end", q.paragraph, q.curated,
       CASE WHEN q.start < 0 OR q."end" < q.start THEN '' ELSE (
           SELECT substr(a.text, q.start + 1 - lead, lead + tail) FROM (
               SELECT length(json_extract('[' || replace(json_quote(replace(substr(a.text, 1, q.start), '\', '/')),
                                                            '\n', '","') || ']', '$[#-1]')) AS lead,
                      CASE instr(substr(a.text, q."end" + 1), char(10)) WHEN 0 THEN length(a.text) - q.start
                           ELSE q."end" - q.start + instr(substr(a.text, q."end" + 1), char(10)) - 1 END AS tail))
       END
  FROM quotes q JOIN articles a ON a.id = q.article_id
  LEFT JOIN entities e ON e.id = q.speaker_id
  LEFT JOIN article_speakers m ON m.article_id = q.article_id AND m.position = q.mention;

CREATE VIEW claim_rows(id, article, title, outlet, date, url, claimant, claimant_type, text, kind, cue, confidence,
                       article_id, claimant_id, mention, start, "end", paragraph, hedges, figures, dates,
                       group_id, context) AS
SELECT c.id, a.key, a.title, a.source, a.published, a.url, coalesce(e.name, m.name),
       coalesce(e.kind, CASE m.kind WHEN 0 THEN 'person' WHEN 1 THEN 'organisation' WHEN 2 THEN 'group'
                                    WHEN 3 THEN 'unknown' WHEN 4 THEN 'place' END),
       coalesce(c.text, substr(a.text, c.start + 1, c."end" - c.start)),
       CASE c.kind WHEN 0 THEN 'stated' ELSE 'reported' END, c.cue,
       c.confidence,
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
       c.group_id,
       CASE WHEN c.start < 0 OR c."end" < c.start THEN '' ELSE (
           SELECT substr(a.text, c.start + 1 - lead, lead + tail) FROM (
               SELECT length(json_extract('[' || replace(json_quote(replace(substr(a.text, 1, c.start), '\', '/')),
                                                            '\n', '","') || ']', '$[#-1]')) AS lead,
                      CASE instr(substr(a.text, c."end" + 1), char(10)) WHEN 0 THEN length(a.text) - c.start
                           ELSE c."end" - c.start + instr(substr(a.text, c."end" + 1), char(10)) - 1 END AS tail))
       END
  FROM claims c JOIN articles a ON a.id = c.article_id
  LEFT JOIN entities e ON e.id = c.claimant_id
  LEFT JOIN article_speakers m ON m.article_id = c.article_id AND m.position = c.mention;
