-- Evidence sentences as offsets: an import used to copy the sentence of every mention,
-- report and quote into its row, which made the evidence tables larger than the articles
-- they point into. From this step, sentence_start and sentence_end are rune offsets of the
-- sentence in articles.text (0-based, end exclusive, like start and "end") and sentence is
-- NULL; it still holds the text when an extractor gave a sentence that is not in the text,
-- and in rows imported before this step. The *_with_sentence views give every row its
-- sentence back, whichever way it was stored, so that people read what they always read.
ALTER TABLE actor_mentions ADD COLUMN sentence_start INTEGER CHECK (sentence_start >= 0);
ALTER TABLE actor_mentions ADD COLUMN sentence_end INTEGER CHECK (sentence_end >= sentence_start);
ALTER TABLE contact_mentions ADD COLUMN sentence_start INTEGER CHECK (sentence_start >= 0);
ALTER TABLE contact_mentions ADD COLUMN sentence_end INTEGER CHECK (sentence_end >= sentence_start);
ALTER TABLE quotes ADD COLUMN sentence_start INTEGER CHECK (sentence_start >= 0);
ALTER TABLE quotes ADD COLUMN sentence_end INTEGER CHECK (sentence_end >= sentence_start);

-- The index on actor_mentions.rule goes too: no query of the program looks mentions up by
-- rule (a facet on it is counted once per file version and cached), and it took as much
-- room as a tenth of the article text.
DROP INDEX IF EXISTS actor_mentions_rule;

CREATE VIEW actor_mentions_with_sentence AS
SELECT m.id, m.article_id, m.actor_id, m.surface,
       coalesce(m.sentence, substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start)) AS sentence,
       m.start, m."end", m.rule
  FROM actor_mentions m JOIN articles a ON a.id = m.article_id;

CREATE VIEW contact_mentions_with_sentence AS
SELECT m.id, m.contact_id, m.article_id, m.status, m.mode, m.date, m.date_text,
       coalesce(m.sentence, substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start)) AS sentence,
       m.start, m."end", m.rule
  FROM contact_mentions m JOIN articles a ON a.id = m.article_id;

CREATE VIEW quotes_with_sentence AS
SELECT q.id, q.article_id, q.speaker_id, q.text, q.speaker_text,
       coalesce(q.sentence, substr(a.text, q.sentence_start + 1, q.sentence_end - q.sentence_start)) AS sentence,
       q.start, q."end", q.rule
  FROM quotes q JOIN articles a ON a.id = q.article_id;

INSERT OR REPLACE INTO _metadata(resource, "column", key, value) VALUES
('actor_mentions', 'sentence', 'description', 'The sentence holding the mention, when it is not given by sentence_start and sentence_end (read actor_mentions_with_sentence).'),
('actor_mentions', 'sentence_start', 'description', 'Character offset of the sentence holding the mention in articles.text (0-based).'),
('actor_mentions', 'sentence_end', 'description', 'Character offset just after that sentence.'),
('contact_mentions', 'sentence', 'description', 'The sentence that reports the contact, when it is not given by sentence_start and sentence_end (read contact_mentions_with_sentence).'),
('contact_mentions', 'sentence_start', 'description', 'Character offset of the sentence reporting the contact in articles.text (0-based).'),
('contact_mentions', 'sentence_end', 'description', 'Character offset just after that sentence.'),
('quotes', 'sentence', 'description', 'The sentence holding the quote, when it is not given by sentence_start and sentence_end (read quotes_with_sentence).'),
('quotes', 'sentence_start', 'description', 'Character offset of the attribution sentence in articles.text (0-based).'),
('quotes', 'sentence_end', 'description', 'Character offset just after that sentence.'),
('actor_mentions_with_sentence', '', 'description', 'actor_mentions with each mention''s sentence, read from the article text.'),
('contact_mentions_with_sentence', '', 'description', 'contact_mentions with each report''s sentence, read from the article text.'),
('quotes_with_sentence', '', 'description', 'quotes with each quotation''s attribution sentence, read from the article text.');

-- The views' columns mean what the tables' do, but for the sentence, always given.
INSERT OR REPLACE INTO _metadata(resource, "column", key, value)
SELECT resource || '_with_sentence', "column", key, value FROM _metadata
 WHERE resource IN ('actor_mentions', 'contact_mentions', 'quotes') AND "column" <> ''
   AND "column" NOT IN ('sentence', 'sentence_start', 'sentence_end');
INSERT OR REPLACE INTO _metadata(resource, "column", key, value) VALUES
('actor_mentions_with_sentence', 'sentence', 'description', 'The sentence holding the mention.'),
('contact_mentions_with_sentence', 'sentence', 'description', 'The sentence that reports the contact.'),
('quotes_with_sentence', 'sentence', 'description', 'The sentence holding the quote.');

UPDATE _queries SET sql =
 'SELECT m.contact_id, c.title AS contact, m.status, m.date, m.sentence, ar.title AS article, ar.publisher, ar.published, ar.url
  FROM contact_mentions_with_sentence m JOIN contacts c ON c.id = m.contact_id JOIN articles ar ON ar.id = m.article_id
 ORDER BY ar.published DESC, m.contact_id'
 WHERE name = 'evidence' AND sql LIKE '%FROM contact_mentions m JOIN contacts c%'; -- unless edited by hand
