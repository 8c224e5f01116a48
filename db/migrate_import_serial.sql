-- The CPU seconds of an import no second core could share: reading the inputs (one
-- reader), writing and resolving (one writer: one SQLite connection, and every article must
-- see the actors and contacts of the ones before it) and indexing at the end. What a run
-- gains from more cores is bounded by this share of cpu_total. NULL for runs made before.
ALTER TABLE imports ADD COLUMN cpu_serial REAL;
INSERT OR REPLACE INTO _metadata(resource, "column", key, value) VALUES
('imports', 'cpu_serial', 'description', 'CPU seconds of the phases that run on one thread each (read, write, resolve, index): what more cores cannot shorten.');
