-- Full-text search over actors: the actors page gets a search box ("lavrov", "foreign
-- minister"), as quotes and articles have. Names and roles, with the same tokenizer as the
-- other indexes (porter over unicode61, diacritics folded: "erdogan" finds "Erdoğan"),
-- kept by triggers: actors are few, and a merge that renames one updates its row.
CREATE VIRTUAL TABLE actors_fts USING fts5(
    name, role, content='actors', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER actors_fts_insert AFTER INSERT ON actors BEGIN
    INSERT INTO actors_fts(rowid, name, role) VALUES (new.id, new.name, new.role);
END;
CREATE TRIGGER actors_fts_delete AFTER DELETE ON actors BEGIN
    INSERT INTO actors_fts(actors_fts, rowid, name, role) VALUES ('delete', old.id, old.name, old.role);
END;
CREATE TRIGGER actors_fts_update AFTER UPDATE OF name, role ON actors BEGIN
    INSERT INTO actors_fts(actors_fts, rowid, name, role) VALUES ('delete', old.id, old.name, old.role);
    INSERT INTO actors_fts(rowid, name, role) VALUES (new.id, new.name, new.role);
END;
INSERT INTO actors_fts(actors_fts) VALUES ('rebuild');
INSERT OR REPLACE INTO _metadata(resource, "column", key, value) VALUES
('actors_fts', '', 'description', 'Full-text index of actors (name, role); search it from the actors page.');
