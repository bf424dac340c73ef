-- Hearsay schema, version 1. Never edit a migration once it has shipped: add a new file.
-- 'HRSY' in the file header, so a Hearsay database can be recognised before it is touched.
PRAGMA application_id = 1213354841;

-- One row per imported article; `key` is the JSON id or the file's relative path.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT,
    source TEXT,
    url TEXT,
    author TEXT,
    published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source COLLATE NOCASE);

-- Canonical speakers across articles: people, organisations, groups, anonymous sources.
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'group', 'unknown')),
    curated INTEGER NOT NULL DEFAULT 0
);

-- Every name an entity is known by; `key` comes from EntityLinker.lookupKeys(for:).
CREATE TABLE entity_aliases (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    -- The last word of `key`, so `--person Esper` finds "Mark Esper" through an index.
    surname TEXT NOT NULL,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    evidence TEXT,
    curated INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity_id, alias, key)
);
CREATE INDEX entity_aliases_key ON entity_aliases(key, entity_id);
CREATE INDEX entity_aliases_surname ON entity_aliases(surname, entity_id);
CREATE INDEX entity_aliases_article ON entity_aliases(article_id);

-- Roles ("Defense Secretary") and affiliations ("Chatham House") given to an entity.
CREATE TABLE entity_roles (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role TEXT,
    organisation TEXT,
    -- The lookup key of `organisation`, so `--org` matches however the name is written.
    organisation_key TEXT,
    organisation_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    date TEXT
);
CREATE UNIQUE INDEX entity_roles_unique ON entity_roles(entity_id, coalesce(role, ''), coalesce(organisation, ''));
CREATE INDEX entity_roles_organisation ON entity_roles(organisation_key);
CREATE INDEX entity_roles_organisation_id ON entity_roles(organisation_id);
CREATE INDEX entity_roles_article ON entity_roles(article_id);

-- One row per speaker of an article as the extraction saw it, and the entity it was linked to:
-- curation can split or move entities by what each article said.
CREATE TABLE article_speakers (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'group', 'unknown')),
    role TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    roles TEXT NOT NULL DEFAULT '[]',
    organisations TEXT NOT NULL DEFAULT '[]',
    evidence TEXT
);
CREATE INDEX article_speakers_article ON article_speakers(article_id);
CREATE INDEX article_speakers_entity ON article_speakers(entity_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    mention_id INTEGER REFERENCES article_speakers(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'reported')),
    cue TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    confidence REAL NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_mention ON quotes(mention_id);

-- Groups of claims that state the same thing across articles (filled by claim grouping).
CREATE TABLE claim_groups (
    id INTEGER PRIMARY KEY,
    signature TEXT NOT NULL UNIQUE,
    disputed INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT
);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    claimant_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    mention_id INTEGER REFERENCES article_speakers(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
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
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_claimant ON claims(claimant_id);
CREATE INDEX claims_mention ON claims(mention_id);
CREATE INDEX claims_group ON claims(group_id);

-- The entities a claim mentions.
CREATE TABLE claim_mentions (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX claim_mentions_entity ON claim_mentions(entity_id);

-- A log of curation commands (merge, unmerge, alias, rename, reassign), replayable.
CREATE TABLE curation (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    arguments TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Full-text search over quote and claim text. External content: the application inserts the
-- index rows itself (issue 6: twice as fast as an insert trigger); deletes and updates use triggers.
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE claims_fts USING fts5(
    text, content = 'claims', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
END;
