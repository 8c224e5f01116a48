// Package importer turns article files into rows of a Hotline database: it reads inputs
// (importer/source), strips page furniture (importer/clean), extracts actors, contacts and
// quotes (importer/extract), resolves them against what the database already holds, and
// writes everything through package db in one transaction per run.
//
// # Scale
//
// An import's time and memory grow linearly with its articles. Actors are resolved by name
// keys in maps that grow with distinct actors, not articles. Contacts are resolved by
// blocking keys (participant set, month and mode family; for three or more participants,
// each participant and month) filed in temporary tables of the run's transaction, with
// only the contacts used most recently held in memory (contacts.go) and a fixed-size
// filter that spares the lookup of keys never filed (contact_filter.go): no step looks at
// every earlier contact, and memory does not grow with them. The full-text index and the
// secondary indexes of a first import are built in bulk at the end (finish.go).
//
// # Workers, and what stays serial
//
// A run is a pipeline (pipeline.go): one reader, one analyser per core (cleaning, the
// publication date and extraction: pure functions of one article), and one writer.
// Three parts stay serial, for reasons that more cores do not remove:
//
//   - Reading: inputs are read in order, and that order gives articles their ids, so that
//     a run's result is the same whatever the number of workers. It is about 1% of the CPU.
//   - Writing and resolution: SQLite has one writer, and the run is one transaction (a
//     failed run leaves the database as it was), so every statement goes through one
//     connection. Resolution runs there too: whether an actor or a contact is new, or
//     merges with one, depends on every earlier article, and deciding it in input order
//     keeps the result independent of scheduling. Analysers prepare what they can
//     (prepare.go: cleaned text, the actors' name keys, the evidence's surfaces and spans,
//     each contact's report); the writer resolves ids and executes batched INSERTs (100
//     rows per statement for the most frequent rows).
//   - The end of the run: building the indexes and the full-text index, pruning orphans
//     and refreshing derived columns are a few SQL statements over the whole database.
//
// These are about 13-14% of a first import's CPU (imports.cpu_write, cpu_resolve, cpu_index
// and cpu_read; `hotline import --stats` prints the share: 13.4% on 3,000 generated
// articles, median of 7 runs on 2026-12-06, with write 7%, index 4.5%, read 1.4% and
// resolve 0.5%; 15.5% before the analysers prepared the writer's rows), so N cores can run
// at most 1/(0.134 + 0.866/N) times as fast as one: 4.1x on 8, near the 4x asked, with
// little margin. What is left in the writer is SQLite's own work (B-tree inserts, the
// driver's binding) and id assignment; cutting it further means rows written by each
// analyser into a scratch table and moved in one INSERT ... SELECT per table, which SQLite
// runs far faster than one statement per batch through database/sql.
package importer
