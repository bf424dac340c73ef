-- The paragraph around each quote and claim in the views (issue 15), as exports write it in
-- `context`: the article's text from the line break before the words to the line break after
-- them. The views are 0007's with `context` added last, so every column keeps its place.
--
-- SQL has no search from the right, so the paragraph's start is found through its length: the
-- text before the words, split at line breaks as a JSON array (backslashes made slashes first,
-- so the only `\n` left in json_quote's output is an escaped line break), and its last element
-- measured. That is a few linear passes a row; stepping from line break to line break with a
-- recursive query gave the same paragraphs about seven times slower.

DROP VIEW quote_rows;
CREATE VIEW quote_rows(id, article, title, outlet, date, url, speaker, speaker_type, text, kind, cue, confidence,
                       article_id, speaker_id, mention, start, "end", paragraph, curated, context) AS
SELECT q.id, a.key, a.title, a.source, a.published, a.url, coalesce(e.name, m.name),
       coalesce(e.kind, CASE m.kind WHEN 0 THEN 'person' WHEN 1 THEN 'organisation' WHEN 2 THEN 'group'
                                    WHEN 3 THEN 'unknown' END),
       coalesce(q.text, substr(a.text, q.start + 1, q."end" - q.start)),
       CASE q.kind WHEN 0 THEN 'direct' WHEN 1 THEN 'partial' ELSE 'reported' END, q.cue,
       CASE WHEN typeof(q.confidence) = 'integer' THEN q.confidence / 1000.0 ELSE q.confidence END,
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

DROP VIEW claim_rows;
CREATE VIEW claim_rows(id, article, title, outlet, date, url, claimant, claimant_type, text, kind, cue, confidence,
                       article_id, claimant_id, mention, start, "end", paragraph, hedges, figures, dates,
                       group_id, context) AS
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
