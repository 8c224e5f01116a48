-- The CPU seconds of the articles' full-text index a first import builds on a thread of its
-- own, beside the analysers (db.FullTextBuilder; `hotline import --stats` prints it as
-- 'fulltext'). It runs in parallel with extraction, so it is outside cpu_serial; it is in
-- cpu_total. 0 for a run that did not build it (the file already held articles), NULL for
-- runs made before this step.
ALTER TABLE imports ADD COLUMN cpu_fulltext REAL;
INSERT OR REPLACE INTO _metadata(resource, "column", key, value) VALUES
('imports', 'cpu_fulltext', 'description', 'CPU seconds spent building the articles'' full-text index beside the analysers (a first import only; 0 otherwise). Not in cpu_serial.');
