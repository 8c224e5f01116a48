-- Hotline schema, version 1. Every table is STRICT; dates are ISO 8601 TEXT (never DATE,
-- which drivers turn into time values); evidence offsets are character offsets into
-- articles.text with "end" exclusive, so substr(text, start + 1, "end" - start) is the span.
-- It must parse in SQLite 3.37 (the first with STRICT): other tools open the file with
-- their own, older SQLite, so no aggregate ORDER BY (3.44) and no newer syntax.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE imports (
    id                 INTEGER PRIMARY KEY,
    started            TEXT    NOT NULL,
    finished           TEXT,
    inputs             TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(inputs)),
    hotline_version    TEXT    NOT NULL,
    articles_new       INTEGER NOT NULL DEFAULT 0 CHECK (articles_new >= 0),
    articles_updated   INTEGER NOT NULL DEFAULT 0 CHECK (articles_updated >= 0),
    articles_unchanged INTEGER NOT NULL DEFAULT 0 CHECK (articles_unchanged >= 0),
    articles_skipped   INTEGER NOT NULL DEFAULT 0 CHECK (articles_skipped >= 0),
    actors             INTEGER NOT NULL DEFAULT 0 CHECK (actors >= 0),
    contacts           INTEGER NOT NULL DEFAULT 0 CHECK (contacts >= 0),
    quotes             INTEGER NOT NULL DEFAULT 0 CHECK (quotes >= 0),
    errors             TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(errors)),
    status             TEXT    NOT NULL CHECK (status IN ('running', 'completed'))
) STRICT;
CREATE INDEX imports_started ON imports(started);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL UNIQUE CHECK (source <> ''),
    title        TEXT,
    published    TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    url          TEXT,
    publisher    TEXT,
    author       TEXT,
    byline       TEXT,
    dateline     TEXT,
    raw_text     TEXT NOT NULL,
    text         TEXT NOT NULL,
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
    import_id    INTEGER NOT NULL REFERENCES imports(id)
) STRICT;
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_publisher ON articles(publisher);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_import_id ON articles(import_id);

CREATE TABLE actors (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL CHECK (name <> ''),
    kind    TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
    role    TEXT,
    country TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    key     TEXT NOT NULL UNIQUE CHECK (key <> '')
) STRICT;
CREATE INDEX actors_name ON actors(name);
CREATE INDEX actors_kind ON actors(kind);
CREATE INDEX actors_country ON actors(country);

CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias    TEXT    NOT NULL CHECK (alias <> ''),
    key      TEXT    NOT NULL,
    count    INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
    PRIMARY KEY (actor_id, alias)
) STRICT;
CREATE INDEX actor_aliases_key ON actor_aliases(key);

CREATE TABLE article_actors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role       TEXT,
    mentions   INTEGER NOT NULL DEFAULT 0 CHECK (mentions >= 0),
    PRIMARY KEY (article_id, actor_id)
) STRICT;
CREATE INDEX article_actors_actor_id ON article_actors(actor_id);

CREATE TABLE actor_mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    surface    TEXT    NOT NULL CHECK (surface <> ''),
    sentence   TEXT,
    start      INTEGER NOT NULL CHECK (start >= 0),
    "end"      INTEGER NOT NULL CHECK ("end" > start),
    rule       TEXT    NOT NULL
) STRICT;
CREATE INDEX actor_mentions_article_id ON actor_mentions(article_id);
CREATE INDEX actor_mentions_actor_id ON actor_mentions(actor_id, surface);
CREATE INDEX actor_mentions_rule ON actor_mentions(rule);

CREATE TABLE contacts (
    id               INTEGER PRIMARY KEY,
    title            TEXT    NOT NULL DEFAULT '',
    mode             TEXT    NOT NULL CHECK (mode IN ('phone', 'video', 'meeting', 'unspecified')),
    status           TEXT    NOT NULL CHECK (status IN ('held', 'scheduled', 'proposed', 'cancelled')),
    date             TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'
                                  OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_text        TEXT,
    initiator_id     INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    location         TEXT,
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes > 0),
    first_reported   TEXT CHECK (first_reported IS NULL OR first_reported GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    last_reported    TEXT CHECK (last_reported IS NULL OR last_reported GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;
CREATE INDEX contacts_date ON contacts(date);
CREATE INDEX contacts_mode ON contacts(mode);
CREATE INDEX contacts_status ON contacts(status);
CREATE INDEX contacts_initiator_id ON contacts(initiator_id);
CREATE INDEX contacts_first_reported ON contacts(first_reported);

CREATE TABLE contact_participants (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, actor_id)
) STRICT;
CREATE INDEX contact_participants_actor_id ON contact_participants(actor_id);

CREATE TABLE contact_mentions (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    status     TEXT    NOT NULL CHECK (status IN ('held', 'scheduled', 'proposed', 'cancelled')),
    mode       TEXT    NOT NULL CHECK (mode IN ('phone', 'video', 'meeting', 'unspecified')),
    date       TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'
                            OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_text  TEXT,
    sentence   TEXT,
    start      INTEGER CHECK (start >= 0),
    "end"      INTEGER CHECK ("end" >= start),
    rule       TEXT    NOT NULL,
    UNIQUE (contact_id, article_id),
    CHECK ((start IS NULL) = ("end" IS NULL))
) STRICT;
CREATE INDEX contact_mentions_article_id ON contact_mentions(article_id);

CREATE TABLE quotes (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_id   INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    text         TEXT    NOT NULL CHECK (text <> ''),
    speaker_text TEXT,
    sentence     TEXT,
    start        INTEGER CHECK (start >= 0),
    "end"        INTEGER CHECK ("end" >= start),
    rule         TEXT    NOT NULL,
    CHECK ((start IS NULL) = ("end" IS NULL))
) STRICT;
CREATE INDEX quotes_article_id ON quotes(article_id);
CREATE INDEX quotes_speaker_id ON quotes(speaker_id);

-- Full-text indexes over external content, kept in step by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

-- One row per contact, in date order (undated ones last), with names instead of ids.
CREATE VIEW contact_timeline AS
SELECT c.id AS id,
       c.date AS date,
       c.mode AS mode,
       c.status AS status,
       (SELECT group_concat(name, ' & ') FROM
          (SELECT a.name AS name FROM contact_participants p JOIN actors a ON a.id = p.actor_id
            WHERE p.contact_id = c.id ORDER BY a.name)) AS participants,
       c.location AS location,
       i.name AS initiator,
       (SELECT count(*) FROM contact_mentions m WHERE m.contact_id = c.id) AS articles,
       c.first_reported AS first_reported
  FROM contacts c
  LEFT JOIN actors i ON i.id = c.initiator_id
 ORDER BY coalesce(c.date, c.first_reported) IS NULL, coalesce(c.date, c.first_reported), c.id;

-- Every pair of actors that took part in a contact together, once (lower id first).
CREATE VIEW actor_pairs AS
SELECT pa.actor_id AS actor_a_id,
       a.name AS actor_a,
       pb.actor_id AS actor_b_id,
       b.name AS actor_b,
       count(*) AS contacts,
       min(c.date) AS first_date,
       max(c.date) AS last_date,
       group_concat(DISTINCT c.mode) AS modes
  FROM contact_participants pa
  JOIN contact_participants pb ON pb.contact_id = pa.contact_id AND pb.actor_id > pa.actor_id
  JOIN contacts c ON c.id = pa.contact_id
  JOIN actors a ON a.id = pa.actor_id
  JOIN actors b ON b.id = pb.actor_id
 GROUP BY pa.actor_id, pb.actor_id;

-- Who is quoted, how often, and over which span of publication dates.
CREATE VIEW quotes_by_speaker AS
SELECT a.id AS speaker_id,
       a.name AS name,
       a.role AS role,
       a.country AS country,
       count(q.id) AS quotes,
       min(ar.published) AS first_published,
       max(ar.published) AS last_published
  FROM quotes q
  JOIN actors a ON a.id = q.speaker_id
  JOIN articles ar ON ar.id = q.article_id
 GROUP BY a.id;
