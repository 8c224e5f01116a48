package db_test

import (
	"path/filepath"
	"testing"
)

// linkSchema is a small database with link tables: groups and people joined by
// memberships (a key of two foreign keys plus a column), people and tags joined by
// person_tags (an id plus two foreign keys), posts pointing straight at people, and a
// log table with one foreign key only (not a link), aliases keyed by
// their text, and remarks whose running text
// (note) names them better than their status.
const linkSchema = `
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE groups (id INTEGER PRIMARY KEY, title TEXT NOT NULL, kind TEXT);
CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
CREATE TABLE memberships (group_id INTEGER NOT NULL REFERENCES groups(id),
	person_id INTEGER NOT NULL REFERENCES people(id), role TEXT, PRIMARY KEY (group_id, person_id));
CREATE TABLE person_tags (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people(id),
	tag_id INTEGER REFERENCES tags(id));
CREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES people(id), body TEXT NOT NULL);
CREATE TABLE log (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people(id), what TEXT);
CREATE TABLE aliases (person_id INTEGER NOT NULL REFERENCES people(id), alias TEXT NOT NULL,
	PRIMARY KEY (person_id, alias));
CREATE TABLE remarks (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people(id), status TEXT, note TEXT);
INSERT INTO people VALUES (1, 'Ada'), (2, 'Bob'), (3, 'Cy');
INSERT INTO groups VALUES (1, 'Chess club', 'club'), (2, 'Choir', 'club'), (3, 'Board', 'work'),
	(4, 'Runners', 'club'), (5, 'Unused', 'work');
INSERT INTO tags VALUES (1, 'early'), (2, 'late');
INSERT INTO memberships VALUES (1, 1, 'chair'), (2, 1, NULL), (3, 1, NULL), (4, 1, NULL), (1, 2, NULL), (3, 3, NULL);
INSERT INTO person_tags VALUES (1, 1, 2), (2, 2, 1), (3, 2, 2);
INSERT INTO posts VALUES (1, 1, 'first post'), (2, 1, 'second post'), (3, 2, 'bob writes'),
	(4, 3, 'c1'), (5, 3, 'c2'), (6, 3, 'c3'), (7, 3, 'c4'), (8, 3, 'c5'), (9, 3, 'c6');
INSERT INTO log VALUES (1, 1, 'login');
INSERT INTO aliases VALUES (2, 'Bobby');
INSERT INTO remarks VALUES (1, 2, 'open', 'needs a look'), (2, 2, 'closed', NULL);
`

// writeLinkFixture creates the link-table database and returns its path.
func writeLinkFixture(tb testing.TB) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "links.db")
	mustExec(tb, openPlain(tb, path), linkSchema)
	return path
}
