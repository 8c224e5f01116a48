-- A smaller file for the same rows (issue 11: the database at most 3x its input text).
--
-- The link tables are keyed by their two ids and hold little else: as rowid tables each
-- row was stored twice, once in the table and once in the index behind its PRIMARY KEY.
-- WITHOUT ROWID they are that index alone (article_actors, contact_participants and
-- actor_aliases lose about 40% of their room). No query, view or page addresses them by
-- rowid: the explorer keys rows by the declared key.
--
-- actor_mentions_actor_id indexed (actor_id, surface) so that the alias counts could be
-- counted inside the index; it took twice the room of an index on actor_id alone, which
-- is what every other query needs (an actor's mentions). The counts are now computed by
-- one scan of actor_mentions (sqlRefreshAliasCounts).
--
-- Each table is rebuilt under its own name (new table, copy, drop, rename); the legacy
-- rename leaves the views that name the tables as they are.
PRAGMA legacy_alter_table = ON;

CREATE TABLE article_actors_compact (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role       TEXT,
    mentions   INTEGER NOT NULL DEFAULT 0 CHECK (mentions >= 0),
    PRIMARY KEY (article_id, actor_id)
) STRICT, WITHOUT ROWID;
INSERT INTO article_actors_compact(article_id, actor_id, role, mentions)
SELECT article_id, actor_id, role, mentions FROM article_actors ORDER BY article_id, actor_id;
DROP TABLE article_actors;
ALTER TABLE article_actors_compact RENAME TO article_actors;
CREATE INDEX article_actors_actor_id ON article_actors(actor_id);

CREATE TABLE contact_participants_compact (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, actor_id)
) STRICT, WITHOUT ROWID;
INSERT INTO contact_participants_compact(contact_id, actor_id)
SELECT contact_id, actor_id FROM contact_participants ORDER BY contact_id, actor_id;
DROP TABLE contact_participants;
ALTER TABLE contact_participants_compact RENAME TO contact_participants;
CREATE INDEX contact_participants_actor_id ON contact_participants(actor_id);

CREATE TABLE actor_aliases_compact (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias    TEXT    NOT NULL CHECK (alias <> ''),
    key      TEXT    NOT NULL,
    count    INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
    PRIMARY KEY (actor_id, alias)
) STRICT, WITHOUT ROWID;
INSERT INTO actor_aliases_compact(actor_id, alias, key, count)
SELECT actor_id, alias, key, count FROM actor_aliases ORDER BY actor_id, alias;
DROP TABLE actor_aliases;
ALTER TABLE actor_aliases_compact RENAME TO actor_aliases;
CREATE INDEX actor_aliases_key ON actor_aliases(key);

DROP INDEX IF EXISTS actor_mentions_actor_id;
CREATE INDEX actor_mentions_actor_id ON actor_mentions(actor_id);

-- The import finds an article it already holds under another source by its content hash
-- (64 hex digits). Its first 16 (64 bits) tell apart more articles than any file will
-- hold, and index in a third of the room; the lookup compares the whole hash after
-- (sqlSourceByHash).
DROP INDEX IF EXISTS articles_content_hash;
CREATE INDEX articles_content_hash ON articles(substr(content_hash, 1, 16));

PRAGMA legacy_alter_table = OFF;

-- FTS5 keeps an insert's terms in memory up to 'hashsize' bytes (1 MiB by default) before
-- writing them as a segment, and merges segments as they pile up: an import's bulk
-- insert wrote half a dozen segments and merged them, leaving their old pages free in the
-- file (1% of it) and the index in pieces. With 16 MiB, the 3,000 generated articles of
-- importbench are written as one segment; larger imports write one per 16 MiB of terms.
-- The setting is stored in each index's config table and only bounds memory while writing.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('hashsize', 16777216);
