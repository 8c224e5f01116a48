-- Full-text search over contacts: the contacts page gets a search box, as Datasette users
-- expect of a dataset's main table ("blinken wang", "zelensky phone"). Each contact's
-- title names its participants, mode and day ("Antony Blinken & Wang Yi (meeting,
-- 2026-02-13)"), so the index is of the title, with the tokenizer of the other indexes
-- (porter over unicode61, diacritics folded). Triggers keep it in step with edits made
-- outside an import; an import suspends them and rebuilds the index once at its end
-- (IndexImport), because it rewrites titles as contacts merge.
CREATE VIRTUAL TABLE contacts_fts USING fts5(
    title, content='contacts', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts(rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF title ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO contacts_fts(rowid, title) VALUES (new.id, new.title);
END;
INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild');
INSERT OR REPLACE INTO _metadata(resource, "column", key, value) VALUES
('contacts_fts', '', 'description', 'Full-text index of the contacts'' titles (participants, mode, day); search it from the contacts page.');
