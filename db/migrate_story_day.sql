-- The day an article's dates are told from, when it is not its publication date: the day
-- its wire dateline names ("PARIS, March 3 (Reuters) -") when the copy was stored that day
-- or up to three days later. The extraction reads "today", "on Thursday" and "yesterday"
-- from this day, and the cross-article merge of contacts compares reports by it too, so
-- that a copy stored two days after its dateline joins the contact its dated reports
-- tell. NULL when the story's day is the publication date (or unknown), and in every row
-- imported before this step: those read published, as the merge did then.
ALTER TABLE articles ADD COLUMN story_day TEXT
    CHECK (story_day IS NULL OR story_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
INSERT OR REPLACE INTO _metadata(resource, "column", key, value) VALUES
('articles', 'story_day', 'description', 'Day the article''s "today" and weekdays are told from (YYYY-MM-DD), when it is not published: the day its wire dateline names, the copy stored up to three days later. NULL when it is the publication date or unknown; coalesce(story_day, published) is the story''s day.'),
('contacts', 'first_reported', 'description', 'Day of the earliest report: its article''s story_day, else its publication date.'),
('contacts', 'last_reported', 'description', 'Day of the latest report: its article''s story_day, else its publication date.'),
('contact_timeline', 'first_reported', 'description', 'Day of the earliest report: its article''s story_day, else its publication date.');
