-- The file documents itself: descriptions of the dataset, of every table, view and column,
-- and canned queries, stored inside the database so that whoever receives only the file
-- sees them (in Hotline, and in any tool that can read a table). The layout follows
-- Datasette 1.0's metadata tables, folded into one: resource '' is the dataset, column ''
-- the table or view itself. config.yaml can add to or override these when serving.
-- Self-contained: it may run on any Hotline database, and again.

CREATE TABLE IF NOT EXISTS _metadata (
    resource TEXT NOT NULL DEFAULT '',
    "column" TEXT NOT NULL DEFAULT '',
    key      TEXT NOT NULL CHECK (key <> ''),
    value    TEXT NOT NULL,
    PRIMARY KEY (resource, "column", key)
) STRICT;

CREATE TABLE IF NOT EXISTS _queries (
    name        TEXT PRIMARY KEY CHECK (name <> '' AND name <> '-' AND name NOT GLOB '*[/.]*'),
    title       TEXT,
    description TEXT,
    sql         TEXT NOT NULL CHECK (trim(sql) <> '')
) STRICT;

INSERT OR REPLACE INTO _metadata(resource, "column", key, value) VALUES
('', '', 'title', 'Hotline: diplomatic contacts reported in the news'),
('', '', 'description', 'Who phoned, met or spoke with whom, when, and what they said, extracted by rules from news articles. Every extracted row keeps its evidence: the article, the sentence, character offsets into articles.text and the rule that produced it.'),
('', '', 'source', 'News articles imported with Hotline (see the articles and imports tables)'),

('_metadata', '', 'description', 'Descriptions of the dataset, its tables, views and columns (resource '''' is the dataset, column '''' the table itself).'),
('_metadata', 'resource', 'description', 'Table or view described; empty for the dataset as a whole.'),
('_metadata', 'column', 'description', 'Column described; empty for the table or view itself.'),
('_metadata', 'key', 'description', 'What is said: description, title, source, license, license_url, source_url.'),
('_metadata', 'value', 'description', 'The text.'),
('_queries', '', 'description', 'Canned queries: named SQL shown on the index page and served at /NAME/QUERY.'),
('_queries', 'name', 'description', 'The query''s name, its URL segment.'),
('_queries', 'title', 'description', 'Title shown above the results.'),
('_queries', 'description', 'description', 'What the query answers.'),
('_queries', 'sql', 'description', 'The SQL; :name parameters become form fields.'),

('meta', '', 'description', 'Facts about the file: schema version, Hotline version, and the settings an import recorded (title, licence, source).'),
('meta', 'key', 'description', 'Name of the fact.'),
('meta', 'value', 'description', 'Its value.'),

('imports', '', 'description', 'One row per import run, with what it read and what it added, updated or skipped.'),
('imports', 'id', 'description', 'Import number; articles.import_id points here.'),
('imports', 'started', 'description', 'When the run started (UTC, ISO 8601).'),
('imports', 'finished', 'description', 'When it finished; empty while running or if it was interrupted.'),
('imports', 'inputs', 'description', 'JSON list of the files, folders or streams given to the import.'),
('imports', 'hotline_version', 'description', 'Version of Hotline that ran the import.'),
('imports', 'articles_new', 'description', 'Articles added.'),
('imports', 'articles_updated', 'description', 'Articles whose text changed and were extracted again.'),
('imports', 'articles_unchanged', 'description', 'Articles already present with the same text.'),
('imports', 'articles_skipped', 'description', 'Inputs that could not be imported (see errors).'),
('imports', 'actors', 'description', 'Actors in the database after the run.'),
('imports', 'contacts', 'description', 'Contacts in the database after the run.'),
('imports', 'quotes', 'description', 'Quotes in the database after the run.'),
('imports', 'errors', 'description', 'JSON list of {source, reason} for every input skipped.'),
('imports', 'status', 'description', 'running or completed.'),
('imports', 'cpu_read', 'description', 'CPU seconds spent reading the inputs.'),
('imports', 'cpu_clean', 'description', 'CPU seconds spent cleaning article text.'),
('imports', 'cpu_extract', 'description', 'CPU seconds spent extracting actors, contacts and quotes.'),
('imports', 'cpu_write', 'description', 'CPU seconds spent writing rows.'),
('imports', 'cpu_resolve', 'description', 'CPU seconds spent resolving actors and contacts across articles.'),
('imports', 'cpu_index', 'description', 'CPU seconds spent building indexes.'),
('imports', 'cpu_total', 'description', 'CPU seconds of the whole process (the rest is the Go runtime).'),
('imports', 'wall_seconds', 'description', 'Wall-clock seconds the import took.'),
('imports', 'root', 'description', 'Folder the imported files were in: articles.source and inputs are relative to it (empty for the samples and standard input).'),

('articles', '', 'description', 'One row per imported news article: where it came from, its metadata, raw and cleaned text.'),
('articles', 'id', 'description', 'Article number.'),
('articles', 'source', 'description', 'Where it came from: the file''s path relative to the folder imported, or file.jsonl#N for the N-th record of a file.'),
('articles', 'title', 'description', 'Headline, when the input had one.'),
('articles', 'published', 'description', 'Publication date (YYYY-MM-DD), when known.'),
('articles', 'url', 'description', 'Web address of the article, when known.'),
('articles', 'publisher', 'description', 'Outlet that published it.'),
('articles', 'author', 'description', 'Author(s) as given by the input.'),
('articles', 'byline', 'description', 'Byline found in the text and removed from it.'),
('articles', 'dateline', 'description', 'Dateline found at the start of the text (e.g. WASHINGTON).'),
('articles', 'raw_text', 'description', 'Text as imported, before cleaning.'),
('articles', 'text', 'description', 'Cleaned text (page furniture removed); every start/end offset points into it.'),
('articles', 'content_hash', 'description', 'SHA-256 of the cleaned text: the same article is imported once.'),
('articles', 'import_id', 'description', 'Import run that last wrote it.'),

('actors', '', 'description', 'One row per real person or organization, aliases merged across the database.'),
('actors', 'id', 'description', 'Actor number.'),
('actors', 'name', 'description', 'Fullest name seen.'),
('actors', 'kind', 'description', 'person or organization.'),
('actors', 'role', 'description', 'Office or role (e.g. foreign minister), when stated.'),
('actors', 'country', 'description', 'Country the actor represents (ISO 3166-1 alpha-2), when known.'),
('actors', 'key', 'description', 'Normalized name that identifies the actor when resolving aliases.'),

('actor_aliases', '', 'description', 'Every surface form an actor was named by (Sergei / Sergey Lavrov).'),
('actor_aliases', 'actor_id', 'description', 'The actor.'),
('actor_aliases', 'alias', 'description', 'The form as written.'),
('actor_aliases', 'key', 'description', 'Normalized form used for matching.'),
('actor_aliases', 'count', 'description', 'How many mentions used it.'),

('article_actors', '', 'description', 'Link table: which actors each article mentions.'),
('article_actors', 'article_id', 'description', 'The article.'),
('article_actors', 'actor_id', 'description', 'An actor it mentions.'),
('article_actors', 'role', 'description', 'Role stated in that article, when any.'),
('article_actors', 'mentions', 'description', 'How many times the article mentions the actor.'),

('actor_mentions', '', 'description', 'Evidence: each place an article names an actor.'),
('actor_mentions', 'id', 'description', 'Mention number.'),
('actor_mentions', 'article_id', 'description', 'The article.'),
('actor_mentions', 'actor_id', 'description', 'The actor named.'),
('actor_mentions', 'surface', 'description', 'The words as written.'),
('actor_mentions', 'sentence', 'description', 'The sentence holding the mention.'),
('actor_mentions', 'start', 'description', 'Character offset of the mention in articles.text (0-based).'),
('actor_mentions', 'end', 'description', 'Character offset just after it: substr(text, start + 1, "end" - start) is the span.'),
('actor_mentions', 'rule', 'description', 'Name of the extraction rule that found it.'),

('contacts', '', 'description', 'One row per real-world call, video call or meeting, even when several articles report it.'),
('contacts', 'id', 'description', 'Contact number.'),
('contacts', 'title', 'description', 'Short label: participants and mode.'),
('contacts', 'mode', 'description', 'phone, video, meeting, or unspecified when the article does not say.'),
('contacts', 'status', 'description', 'held (it happened), scheduled (agreed for later), proposed (offered or asked for) or cancelled: the latest status any article gave.'),
('contacts', 'date', 'description', 'When it took place or is to take place: YYYY-MM-DD, or YYYY-MM when only the month is known.'),
('contacts', 'date_text', 'description', 'The words the date was read from (on Tuesday, last week).'),
('contacts', 'initiator_id', 'description', 'The actor who called or asked for the meeting, when stated.'),
('contacts', 'location', 'description', 'Where a meeting took place, when stated.'),
('contacts', 'duration_minutes', 'description', 'How long it lasted, when stated.'),
('contacts', 'first_reported', 'description', 'Publication date of the earliest article reporting it.'),
('contacts', 'last_reported', 'description', 'Publication date of the latest article reporting it.'),

('contact_participants', '', 'description', 'Link table: the named participants of each contact.'),
('contact_participants', 'contact_id', 'description', 'The contact.'),
('contact_participants', 'actor_id', 'description', 'A participant.'),

('contact_mentions', '', 'description', 'Evidence: each article''s report of a contact, with the status, mode and date that article gave.'),
('contact_mentions', 'id', 'description', 'Report number.'),
('contact_mentions', 'contact_id', 'description', 'The contact reported.'),
('contact_mentions', 'article_id', 'description', 'The article reporting it.'),
('contact_mentions', 'status', 'description', 'Status as this article reported it (held, scheduled, proposed, cancelled).'),
('contact_mentions', 'mode', 'description', 'Mode as this article reported it.'),
('contact_mentions', 'date', 'description', 'Date as this article gave it (YYYY-MM-DD or YYYY-MM).'),
('contact_mentions', 'date_text', 'description', 'The words the date was read from.'),
('contact_mentions', 'sentence', 'description', 'The sentence that reports the contact.'),
('contact_mentions', 'start', 'description', 'Character offset of the report in articles.text (0-based).'),
('contact_mentions', 'end', 'description', 'Character offset just after it.'),
('contact_mentions', 'rule', 'description', 'Name of the extraction rule that found it.'),

('quotes', '', 'description', 'One row per direct quotation, with its speaker.'),
('quotes', 'id', 'description', 'Quote number.'),
('quotes', 'article_id', 'description', 'The article quoting.'),
('quotes', 'speaker_id', 'description', 'The actor quoted, when resolved.'),
('quotes', 'text', 'description', 'The words inside the quotation marks.'),
('quotes', 'speaker_text', 'description', 'The speaker as written (he, the minister, Lavrov).'),
('quotes', 'sentence', 'description', 'The sentence holding the quote.'),
('quotes', 'start', 'description', 'Character offset of the quote in articles.text (0-based).'),
('quotes', 'end', 'description', 'Character offset just after it.'),
('quotes', 'rule', 'description', 'Name of the extraction rule that found it.'),

('articles_fts', '', 'description', 'Full-text index of articles (title, text); search it from the articles page.'),
('quotes_fts', '', 'description', 'Full-text index of quotes; search it from the quotes page.'),

('contact_timeline', '', 'description', 'Every contact in date order (undated last), with participant and initiator names.'),
('contact_timeline', 'id', 'description', 'The contact.'),
('contact_timeline', 'date', 'description', 'When it took place (YYYY-MM-DD or YYYY-MM).'),
('contact_timeline', 'mode', 'description', 'phone, video, meeting or unspecified.'),
('contact_timeline', 'status', 'description', 'held, scheduled, proposed or cancelled.'),
('contact_timeline', 'participants', 'description', 'Participants'' names, joined by &.'),
('contact_timeline', 'location', 'description', 'Where, when stated.'),
('contact_timeline', 'initiator', 'description', 'Who called or asked, when stated.'),
('contact_timeline', 'articles', 'description', 'How many articles report it.'),
('contact_timeline', 'first_reported', 'description', 'Publication date of the earliest report.'),

('actor_pairs', '', 'description', 'Every pair of actors who took part in a contact together, with how often and when.'),
('actor_pairs', 'actor_a_id', 'description', 'One actor of the pair.'),
('actor_pairs', 'actor_a', 'description', 'Its name.'),
('actor_pairs', 'actor_b_id', 'description', 'The other actor.'),
('actor_pairs', 'actor_b', 'description', 'Its name.'),
('actor_pairs', 'contacts', 'description', 'Contacts they shared.'),
('actor_pairs', 'first_date', 'description', 'Earliest dated one.'),
('actor_pairs', 'last_date', 'description', 'Latest dated one.'),
('actor_pairs', 'modes', 'description', 'Modes of their contacts, comma-separated.'),

('contact_partners', '', 'description', 'Each contact seen from each participant: one row per contact, participant and partner, so a filter on one actor or country finds all its contacts.'),
('contact_partners', 'contact_id', 'description', 'The contact.'),
('contact_partners', 'date', 'description', 'When it took place (YYYY-MM-DD or YYYY-MM).'),
('contact_partners', 'mode', 'description', 'phone, video, meeting or unspecified.'),
('contact_partners', 'status', 'description', 'held, scheduled, proposed or cancelled.'),
('contact_partners', 'actor_id', 'description', 'The participant this row looks from.'),
('contact_partners', 'actor', 'description', 'Its name.'),
('contact_partners', 'country', 'description', 'Its country (ISO 3166-1 alpha-2).'),
('contact_partners', 'partner_id', 'description', 'Another participant; empty when only one is known.'),
('contact_partners', 'partner', 'description', 'Its name.'),
('contact_partners', 'partner_country', 'description', 'Its country.'),

('actor_partners', '', 'description', 'Who each actor has been in contact with, how often, by mode, and when.'),
('actor_partners', 'actor_id', 'description', 'The actor.'),
('actor_partners', 'actor', 'description', 'Its name.'),
('actor_partners', 'country', 'description', 'Its country.'),
('actor_partners', 'partner_id', 'description', 'A partner.'),
('actor_partners', 'partner', 'description', 'The partner''s name.'),
('actor_partners', 'partner_country', 'description', 'The partner''s country.'),
('actor_partners', 'contacts', 'description', 'Contacts between the two.'),
('actor_partners', 'phone', 'description', 'Of which phone calls.'),
('actor_partners', 'video', 'description', 'Of which video calls.'),
('actor_partners', 'meeting', 'description', 'Of which meetings.'),
('actor_partners', 'unspecified', 'description', 'Of which of unknown mode.'),
('actor_partners', 'first_date', 'description', 'Earliest dated contact.'),
('actor_partners', 'last_date', 'description', 'Latest dated contact.'),

('country_pairs', '', 'description', 'Contacts between the actors of two countries, from each side.'),
('country_pairs', 'country', 'description', 'One country (ISO 3166-1 alpha-2); empty when not known.'),
('country_pairs', 'partner_country', 'description', 'The other country.'),
('country_pairs', 'contacts', 'description', 'Contacts between them.'),
('country_pairs', 'phone', 'description', 'Of which phone calls.'),
('country_pairs', 'video', 'description', 'Of which video calls.'),
('country_pairs', 'meeting', 'description', 'Of which meetings.'),
('country_pairs', 'unspecified', 'description', 'Of which of unknown mode.'),
('country_pairs', 'first_date', 'description', 'Earliest dated contact.'),
('country_pairs', 'last_date', 'description', 'Latest dated contact.'),

('quotes_by_speaker', '', 'description', 'Who is quoted, how often, and over which publication dates.'),
('quotes_by_speaker', 'speaker_id', 'description', 'The actor.'),
('quotes_by_speaker', 'name', 'description', 'Name.'),
('quotes_by_speaker', 'role', 'description', 'Office or role.'),
('quotes_by_speaker', 'country', 'description', 'Country (ISO 3166-1 alpha-2).'),
('quotes_by_speaker', 'quotes', 'description', 'Quotes attributed.'),
('quotes_by_speaker', 'first_published', 'description', 'Earliest article quoting them.'),
('quotes_by_speaker', 'last_published', 'description', 'Latest article quoting them.');

-- The main tables, in the order an index page lists them (the others follow the views).
INSERT OR REPLACE INTO _metadata(resource, "column", key, value) VALUES
('articles', '', 'rank', '1'), ('actors', '', 'rank', '2'), ('contacts', '', 'rank', '3'), ('quotes', '', 'rank', '4');

INSERT OR REPLACE INTO _queries(name, title, description, sql) VALUES
('contacts_of', 'Contacts of an actor', 'Every contact of the actor whose name contains the text, newest first, with the other participants.',
 'SELECT t.id, t.date, t.mode, t.status, t.participants, t.articles
  FROM contact_timeline t
 WHERE t.id IN (SELECT p.contact_id FROM contact_participants p JOIN actors a ON a.id = p.actor_id
                 WHERE a.name LIKE ''%'' || :name || ''%'')
 ORDER BY t.date DESC'),
('calls_by_month', 'Contacts per month', 'How many contacts were reported for each month, by mode.',
 'SELECT substr(date, 1, 7) AS month, mode, count(*) AS contacts
  FROM contacts WHERE date IS NOT NULL
 GROUP BY month, mode ORDER BY month DESC, contacts DESC'),
('quotes_matching', 'Quotes containing a word', 'Full-text search over every quotation, with its speaker and article.',
 'SELECT q.id, a.name AS speaker, q.text, ar.title AS article
  FROM quotes_fts f JOIN quotes q ON q.id = f.rowid
  LEFT JOIN actors a ON a.id = q.speaker_id JOIN articles ar ON ar.id = q.article_id
 WHERE quotes_fts MATCH :word ORDER BY rank'),
('most_active', 'Most active actors', 'Actors by the number of contacts they took part in.',
 'SELECT a.id, a.name, a.role, a.country, count(*) AS contacts
  FROM contact_participants p JOIN actors a ON a.id = p.actor_id
 GROUP BY a.id ORDER BY contacts DESC, a.name LIMIT 100'),
('evidence', 'Reports of contacts', 'Each article''s report of a contact: the sentence, the status it gave, the article and its outlet.',
 'SELECT m.contact_id, c.title AS contact, m.status, m.date, m.sentence, ar.title AS article, ar.publisher, ar.published, ar.url
  FROM contact_mentions m JOIN contacts c ON c.id = m.contact_id JOIN articles ar ON ar.id = m.article_id
 ORDER BY ar.published DESC, m.contact_id');
