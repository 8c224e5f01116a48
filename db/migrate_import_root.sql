-- Where an import's files were: the folder its sources are named relative to, recorded
-- once per import, so that articles.source holds "a/story.txt" and not the importing
-- machine's absolute path. NULL for the samples, standard input, and runs before this step.
ALTER TABLE imports ADD COLUMN root TEXT;
