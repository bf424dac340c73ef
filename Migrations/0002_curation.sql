-- Curation (issue 4): decisions people make about entities, kept so re-imports honour them.

-- "Never link" decisions: after `hearsay unmerge`, the names split off an entity must not be
-- linked back to it by later imports (the linker reads them as KnownEntity.rejected).
CREATE TABLE entity_rejections (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (entity_id, name)
);
CREATE INDEX entity_rejections_entity ON entity_rejections(entity_id);

-- Quotes whose speaker a curator chose (`hearsay reassign`); the choice is replayed from the
-- curation log when the article is imported again.
ALTER TABLE quotes ADD COLUMN curated INTEGER NOT NULL DEFAULT 0;

-- The curation log is read back by article when an article is re-imported.
CREATE INDEX curation_action ON curation(action);
