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
//     each contact's report); the writer resolves ids and executes batched INSERTs (400
//     rows per statement for the most frequent rows).
//   - The end of the run: building the indexes and the full-text index, pruning orphans
//     and refreshing derived columns are a few SQL statements over the whole database.
//
// These are 13-16% of a first import's CPU (imports.cpu_write, cpu_resolve, cpu_index
// and cpu_read; `hotline import --stats` prints the share), and the share grows with the
// run: the writer's B-trees deepen and the end's sorts are n log n. On 20,000 generated
// articles (5 runs, each side by side with the binary before, 2026-12-07, load 9-19 on 2
// cores) it is 13.8% (13.1-14.1%), with write 7.6%, index 4.3%, read 1.2% and resolve
// 0.7%, against 15.3% (14.3-16.8%) before, lower in each pair: the index phase fell from
// 4.7 to 3.8 CPU s once a first import counted its aliases' mentions as it wrote them
// (db/write_alias_counts.go; the statement it spares read and sorted every mention), and
// the writer writes 400 rows an INSERT. So N cores can run at most 1/(0.138 + 0.862/N)
// times as fast as one: 4.1x on 8, the 4x asked, with little margin at that size.
//
// What was tried and left: SQLite's `PRAGMA threads` (the driver honours it: set to 2, it
// reads back 2) gives CREATE INDEX helper threads only for sorts larger than the page
// cache, which an import's are not: on 20,000 articles the index builds took 25% more CPU
// and no less time. Had it helped, the serial measure would have had to count the end's
// wall time, not the calling thread's CPU (helper threads are not the caller's). A larger
// page cache for the import (64 MiB) cut no CPU, in one run or in a replay of the end.
// What is left in the writer is SQLite's own work (B-tree inserts, the driver's binding)
// and id assignment: rows written by the analysers into scratch tables and moved with one
// INSERT ... SELECT would save the binding only, since ids are the writer's to give. The
// largest single part of the end is the articles' full-text index (about 2 of its 3.8 CPU
// s at 20,000 articles, most of it FTS5's tokenizer): built in a goroutine of its own,
// through a connection to a private temporary database while the analysers run, and
// copied into the file's shadow tables at the end, it would leave the serial path.
package importer
