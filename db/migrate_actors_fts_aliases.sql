-- The actors' search finds an actor by every name the articles print for it: "Zelenskiy"
-- and "Zelenskyy" find Volodymyr Zelensky, "MBS"-style short forms and a maiden name the
-- actor was merged under find it too. actors_fts (step 11) indexed actors.name and role
-- through external content, which can only index columns of actors itself; the aliases
-- live in actor_aliases. The index now keeps its own copy of the three texts (names,
-- roles and aliases of a few thousand actors: a few hundred kilobytes), so that its rows
-- are deleted and rewritten by rowid alone, with no old values to repeat: an external
-- content 'delete' given a stale alias list would corrupt it. FTS5's contentless_delete
-- would avoid the copy but needs SQLite 3.43, and the file must open in older sqlite3
-- shells (Debian 12 ships 3.40).
--
-- Its rows are those of actors, same rowid; the explorer links it to actors by the
-- Datasette metadata keys fts_table and fts_pk, as Datasette does for an index that is not
-- external content.
DROP TRIGGER IF EXISTS actors_fts_insert;
DROP TRIGGER IF EXISTS actors_fts_delete;
DROP TRIGGER IF EXISTS actors_fts_update;
DROP TABLE IF EXISTS actors_fts;
CREATE VIRTUAL TABLE actors_fts USING fts5(
    name, role, aliases, tokenize='porter unicode61 remove_diacritics 2'
);
INSERT INTO actors_fts(rowid, name, role, aliases)
SELECT a.id, a.name, a.role,
       (SELECT group_concat(alias, ' ') FROM actor_aliases WHERE actor_id = a.id)
  FROM actors a ORDER BY a.id;
CREATE TRIGGER actors_fts_insert AFTER INSERT ON actors BEGIN
    INSERT INTO actors_fts(rowid, name, role, aliases) VALUES (new.id, new.name, new.role,
        (SELECT group_concat(alias, ' ') FROM actor_aliases WHERE actor_id = new.id));
END;
CREATE TRIGGER actors_fts_delete AFTER DELETE ON actors BEGIN
    DELETE FROM actors_fts WHERE rowid = old.id;
END;
CREATE TRIGGER actors_fts_update AFTER UPDATE OF name, role ON actors BEGIN
    UPDATE actors_fts SET name = new.name, role = new.role WHERE rowid = new.id;
END;
CREATE TRIGGER actors_fts_alias_insert AFTER INSERT ON actor_aliases BEGIN
    UPDATE actors_fts SET aliases =
        (SELECT group_concat(alias, ' ') FROM actor_aliases WHERE actor_id = new.actor_id)
     WHERE rowid = new.actor_id;
END;
CREATE TRIGGER actors_fts_alias_delete AFTER DELETE ON actor_aliases BEGIN
    UPDATE actors_fts SET aliases =
        (SELECT group_concat(alias, ' ') FROM actor_aliases WHERE actor_id = old.actor_id)
     WHERE rowid = old.actor_id;
END;
INSERT OR REPLACE INTO _metadata(resource, "column", key, value) VALUES
('actors_fts', '', 'description', 'Full-text index of actors (name, role and every alias the articles print); search it from the actors page.'),
('actors', '', 'fts_table', 'actors_fts'),
('actors', '', 'fts_pk', 'id');
