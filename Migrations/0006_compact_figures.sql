-- Claims' figures and dates without their keys (issue 6): the application now writes
-- [[value,qualifier,unit,event,text],...] and [[text,from,to],...] (the keys were half of
-- every figure) and reads either form back as the objects it wrote before (CompactJSON in
-- HearsayStore); rows written before this version keep the objects. claim_rows spells both out
-- (`->` copies each element as written; json_extract would print numbers with 15 digits).
--
-- And full-text segments are merged two at a time instead of four (FTS5 'automerge'): fewer,
-- larger segments repeat fewer terms (4% smaller indexes on PolNeAR repeated to 4,200 articles).

DROP VIEW claim_rows;
CREATE VIEW claim_rows(id, article_id, claimant_id, mention, text, kind, cue, start, "end", paragraph, confidence,
                       hedges, figures, dates, group_id) AS
SELECT c.id, c.article_id, c.claimant_id, c.mention, t.text, CASE c.kind WHEN 0 THEN 'stated' ELSE 'reported' END,
       c.cue, c.start, c."end", c.paragraph,
       CASE WHEN typeof(c.confidence) = 'integer' THEN c.confidence / 1000.0 ELSE c.confidence END,
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
  FROM claims c JOIN claim_texts t ON t.id = c.id;

INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('automerge', 2);
INSERT INTO claims_fts(claims_fts, rank) VALUES ('automerge', 2);
