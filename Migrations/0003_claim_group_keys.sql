-- Incremental claim grouping (issues 5 and 6): after an import only the claims of the articles
-- just added or replaced are grouped, against stored claims found through an index, so neither
-- time nor memory grows with the size of the database.

-- Where each groupable claim is filed: one row per (event, name) key of the claim
-- (PreparedClaim.indexKeys, a stable 64-bit hash) and the article's day, days since 1970-01-01;
-- undated articles file their claims under day -9223372036854775808 (a WITHOUT ROWID key cannot
-- be NULL). Candidates for a new claim: the same key, a week either side.
CREATE TABLE claim_keys (
    key INTEGER NOT NULL,
    day INTEGER NOT NULL,
    claim_id INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (key, day, claim_id)
) WITHOUT ROWID;
CREATE INDEX claim_keys_article ON claim_keys(article_id);

-- The pairs of claims found to state the same event (smaller id first). Figures are compared
-- along these only; the groups are their connected parts. Only grouped claims have links.
CREATE TABLE claim_links (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX claim_links_b ON claim_links(b);

-- Articles whose claims have not been grouped yet (filled by a trigger on every new article).
CREATE TABLE claim_group_pending (article_id INTEGER PRIMARY KEY);

-- Groups that lost claims (their article was replaced or deleted) and must be split or dissolved.
CREATE TABLE claim_group_dirty (group_id INTEGER PRIMARY KEY);

CREATE TRIGGER claim_group_article_insert AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO claim_group_pending(article_id) VALUES (new.id);
END;
CREATE TRIGGER claim_group_article_delete AFTER DELETE ON articles BEGIN
    DELETE FROM claim_group_pending WHERE article_id = old.id;
    DELETE FROM claim_keys WHERE article_id = old.id;
END;
CREATE TRIGGER claim_group_claim_delete AFTER DELETE ON claims WHEN old.group_id IS NOT NULL BEGIN
    DELETE FROM claim_links WHERE a = old.id;
    DELETE FROM claim_links WHERE b = old.id;
    INSERT OR IGNORE INTO claim_group_dirty(group_id) VALUES (old.group_id);
END;

-- `hearsay claims --disputed` reads the flagged groups, oldest first.
CREATE INDEX claim_groups_disputed ON claim_groups(first_seen) WHERE disputed = 1;

-- Groups made by the old whole-database regrouping have no links: group every article again
-- on the next import.
UPDATE claims SET group_id = NULL WHERE group_id IS NOT NULL;
DELETE FROM claim_groups;
INSERT INTO claim_group_pending(article_id) SELECT id FROM articles;
