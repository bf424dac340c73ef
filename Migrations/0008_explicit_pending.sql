-- Full-text segments per transaction, not per article (issue 14).
--
-- An AFTER INSERT trigger makes every `INSERT INTO articles` run in a statement savepoint, and
-- FTS5 writes its pending terms out as a new segment at every savepoint: one small segment per
-- article, each merged again later. The writer now queues the new article for claim grouping
-- itself, in the same transaction, so nothing else changes: an article is pending from the
-- moment it is stored until its claims are grouped.

DROP TRIGGER claim_group_article_insert;
