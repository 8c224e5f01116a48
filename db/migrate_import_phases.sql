-- Where an import's time went: CPU seconds of each phase (read, clean, extract, write,
-- resolve, index), the process's CPU in all (the rest is the Go runtime: garbage
-- collection, scheduling) and the wall time, so that anyone can see why an import was
-- slow. NULL for runs made before this step.
ALTER TABLE imports ADD COLUMN cpu_read REAL;
ALTER TABLE imports ADD COLUMN cpu_clean REAL;
ALTER TABLE imports ADD COLUMN cpu_extract REAL;
ALTER TABLE imports ADD COLUMN cpu_write REAL;
ALTER TABLE imports ADD COLUMN cpu_resolve REAL;
ALTER TABLE imports ADD COLUMN cpu_index REAL;
ALTER TABLE imports ADD COLUMN cpu_total REAL;
ALTER TABLE imports ADD COLUMN wall_seconds REAL;
