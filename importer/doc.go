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
// only the contacts used most recently held in memory (contacts.go), the others kept in
// their filing in a compact form of their own (contact_state.go), and a fixed-size
// filter that spares the lookup of keys never filed (keyfilter.go): no step looks at
// every earlier contact, and memory does not grow with them. The full-text indexes and the
// secondary indexes of a first import are built in bulk at the end (finish.go), the
// articles' full-text index beside the analysers and copied at the end (fulltext.go).
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
//     What the analysers cannot know is whom a follow-up story means by a bare surname it
//     ties to no person of its own ("Vautrin and Tarasov spoke again"), or by a full name
//     whose given name vouches for nothing ("Tamsk Oduya and Volkonsky met"): the extractor
//     lists such words (extract.Result.Unresolved), the writer looks each up among the
//     persons it knows by surname, and extracts an article with one it knows exactly one
//     person by again, with those persons (extract.Input.Known, known_surnames.go), timed
//     as resolution: 5 articles of importbench's 3,000, none of the dev sets.
//   - The end of the run: building the indexes, pruning orphans, refreshing derived
//     columns and indexing the quotes' text are a few SQL statements over the whole
//     database. The articles' full-text index, the largest single part of the end (FTS5's
//     tokenizer), is built apart on a first import (fulltext.go): the writer hands each
//     article's title and cleaned text, under the id it gave it, to a builder goroutine
//     that indexes them into a private temporary database with the file's own definition
//     and settings (db.FullTextBuilder) while the analysers run; the end only copies its
//     shadow tables into the file with INSERT ... SELECT, in the run's transaction, and
//     the copy is byte for byte the index the SQL would have built. An incremental import
//     indexes its articles in SQL at the end, as before.
//
// These are 11-12% of a first import's CPU, 13-15% before the builder (imports.cpu_write,
// cpu_resolve, cpu_index and cpu_read; `hotline import --stats` prints the share), and the
// share grows with the run: the writer's B-trees deepen and the end's sorts are n log n.
// The builder's CPU is not in it: it runs on a thread of its own beside the analysers
// (--stats prints it as 'fulltext', imports keeps it in cpu_fulltext, it is in cpu_total), and
// it is half the writer's or less (3.6 CPU s against 8 at 20,000 articles), so it keeps up
// with the writer on any number of cores. On 20,000 generated articles (3 runs, each
// alternating with the binary before, 2026-12-07, load near 20 on 2 cores) the serial share
// is 11.5% (11.2-11.9%), with write 7.6%, index 2.0%, read 1.1% and resolve 0.75%, against
// 14.6% (13.8-15.1%) before, lower in each pair: the index phase fell from 5.3 to 2.0 CPU
// s, the copy included, and the builder took 3.6 (3.3-3.8) beside. On 3,000 it is 11.2%
// (10.8-11.8%) against 13.2% (12.6-13.7%): index 0.56 -> 0.29 CPU s, builder 0.44. The
// builder spends a little more CPU than it takes off the end (it runs one statement per
// article), but on another thread. Peak RSS: 185-187 MB against 185-199 MB at 20,000;
// 147-153 MB against 141-148 at 3,000, where FTS5's buffer of terms (hashsize, 16 MiB) now
// lives during the pipeline rather than after it. The file is the same size (two pages
// smaller) and its full-text tables hold the same rows (since then the builder writes with
// a 1 MiB buffer and automerge 8, see db.FullTextBuilder: the same terms in more segments,
// 8 instead of 2 at 20,000 articles, for 0.8x of the builder's CPU). So N cores can run at most 1/(0.115
// + 0.885/N) times as fast as one: 4.4x on 8 at 20,000 articles (4.0x before), 4.5x at
// 3,000 (4.15x before): the 4x asked, with some margin. The margin shrinks with N: on a
// quiet machine (one run, 2026-12-07) the share is 12.7% at 10,000 articles and 14.3% at
// 100,000 (write 8.4%, index 3.0%, resolve 1.7%, read 1.2%), 4.2x and 4.0x on 8; the next
// step is the writer itself (its B-tree inserts grow with the file).
//
// After the round of 2026-12-07 afternoon (contact titles in id order, db.Refresh; the
// clock read per batch, article.go; the contact index's compact saved state,
// contact_state.go), one `importbench --prev` run at 10,000 and 100,000 articles (load
// 4-15 on 2 cores, 0.17-0.58 cores a run): the serial share is 10.1% at 10,000 and 11.6%
// at 100,000 (read 1.2%, write 7.0%, resolve 1.3%, index 2.1% of 443 CPU s), 4.7x and
// 4.4x on 8 cores. Around extraction (all but the extract phase) is 20.7% and 23.1%; at
// 100,000 it took 102 CPU s against 109-121 s for the binary before in two runs earlier
// the same day (clean 15.7 against 23.8-25.6, index 9.3 against 12.5-13.2, resolve 5.9
// against 7.1-8.1), 0.30 CPU s per second of extraction against 0.35-0.37. A second
// 100,000-article run at the load of the earlier one (0.82 against 0.77 cores): around
// extraction 90 CPU s, 23.0%, against 109 s, 26.1% (clean 0.61x, write 0.92x, resolve
// 0.78x, index 0.71x, Go runtime 0.89x; the builder the same), total 392 against 417 CPU
// s; every table and the schema identical. On 20,000 articles, two pairs alternating
// with the binary before: 20.7% and 19.3% against 23.4% and 23.1%, peak RSS 163-169 MB
// against 167-171 MB.
//
// What was tried and left: GOGC 800 instead of 400 (one run at 20,000 articles, load
// near 8): peak RSS 166 -> 255 MB, over issue 11's 250 MB before 100,000, and no less
// runtime CPU under that load. A 32 MB page cache for CREATE INDEX of actor_mentions at
// 100,000 articles in the sqlite3 shell: no faster than SQLite's 2 MB. SQLite's `PRAGMA
// threads` (the driver honours it: set to 2, it reads back 2) gives CREATE INDEX helper
// threads only for sorts larger than the page cache, which an import's are not: on 20,000 articles the index builds took 25% more CPU
// and no less time. Had it helped, the serial measure would have had to count the end's
// wall time, not the calling thread's CPU (helper threads are not the caller's). A larger
// page cache for the import (64 MiB) cut no CPU, in one run or in a replay of the end.
// What is left in the writer is SQLite's own work (B-tree inserts, the driver's binding)
// and id assignment: rows written by the analysers into scratch tables and moved with one
// INSERT ... SELECT would save the binding only, since ids are the writer's to give. An
// FTS5 'optimize' of the builder's index before the copy made it no smaller on 3,000
// articles (already one segment) and the file two pages larger; it is not run. The
// quotes' full-text index (a fifth of the articles' text) could be built apart the same
// way.
//
// Work the writer no longer does (2026-12-07): a first import writes with foreign keys
// unchecked (db.Store.Begin; the references are its own, to rows it wrote before, and the
// prune and the merge delete what the ON DELETE clauses would), skips PruneOrphans when
// nothing can be orphaned, and writes back a contact's state to the merge index only when
// it changed. In BenchmarkWriteRows (db) the batched INSERTs took 0.57 CPU s instead of
// 0.68 (one profile each). In whole imports the change is within the shared machine's
// noise at 3,000 articles (write 0.76 -> 0.82 CPU s in medians of 3 alternating runs,
// pairwise 0.96x median, one noisy pair at 1.09x) and shows at 20,000 in one pair (write
// 5.73 -> 5.50 CPU s, 0.113 -> 0.087 of the extract phase of the same run, the new run
// on the busier machine). Rows and schema are identical.
package importer
