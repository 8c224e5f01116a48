-- Exploration views, schema step "explore views". A contact between A and B is stored once,
-- with its participants in contact_participants; these views look at it from each side, so
-- that a filter on one actor or one country finds every contact of theirs whichever way
-- round it was stored. The step only (re)creates views: it is safe to run on any version-1
-- database and changes no stored row. SQLite 3.37 syntax only (see schema_v1.sql).

DROP VIEW IF EXISTS country_pairs;
DROP VIEW IF EXISTS actor_partners;
DROP VIEW IF EXISTS actor_pairs;
DROP VIEW IF EXISTS contact_partners;

-- One row per contact, participant and partner: a call between A and B is two rows (A with
-- partner B, B with partner A), a meeting of three is six, and a contact with one known
-- participant is one row without a partner. Filter it like a table: country = 'US' AND
-- partner_country = 'RU' AND mode = 'phone' AND date LIKE '2022%' lists each US-Russia call
-- of 2022 once, as seen from the US side.
CREATE VIEW contact_partners AS
SELECT c.id AS contact_id,
       c.date AS date,
       c.mode AS mode,
       c.status AS status,
       p.actor_id AS actor_id,
       a.name AS actor,
       a.country AS country,
       q.actor_id AS partner_id,
       b.name AS partner,
       b.country AS partner_country
  FROM contacts c
  JOIN contact_participants p ON p.contact_id = c.id
  JOIN actors a ON a.id = p.actor_id
  LEFT JOIN contact_participants q ON q.contact_id = c.id AND q.actor_id <> p.actor_id
  LEFT JOIN actors b ON b.id = q.actor_id;

-- Who each actor has been in contact with: every contact counts for both participants, so
-- actor_id = 5 lists all of 5's partners.
CREATE VIEW actor_partners AS
SELECT actor_id,
       actor,
       country,
       partner_id,
       partner,
       partner_country,
       count(*) AS contacts,
       sum(mode = 'phone') AS phone,
       sum(mode = 'video') AS video,
       sum(mode = 'meeting') AS meeting,
       sum(mode = 'unspecified') AS unspecified,
       min(date) AS first_date,
       max(date) AS last_date
  FROM contact_partners
 WHERE partner_id IS NOT NULL
 GROUP BY actor_id, partner_id;

-- Every pair of actors that took part in a contact together, once from each side (it used to
-- hold each pair once, lower id first, so filtering actor_a missed half the partners).
CREATE VIEW actor_pairs AS
SELECT actor_id AS actor_a_id,
       actor AS actor_a,
       partner_id AS actor_b_id,
       partner AS actor_b,
       count(*) AS contacts,
       min(date) AS first_date,
       max(date) AS last_date,
       group_concat(DISTINCT mode) AS modes
  FROM contact_partners
 WHERE partner_id IS NOT NULL
 GROUP BY actor_id, partner_id;

-- Contacts between the actors of two countries, from each side: country = 'RU' lists
-- Russia's partner countries. A contact counts once per pair of countries however many
-- actors of each took part; NULL is an actor whose country is not known.
CREATE VIEW country_pairs AS
SELECT country,
       partner_country,
       count(DISTINCT contact_id) AS contacts,
       count(DISTINCT CASE WHEN mode = 'phone' THEN contact_id END) AS phone,
       count(DISTINCT CASE WHEN mode = 'video' THEN contact_id END) AS video,
       count(DISTINCT CASE WHEN mode = 'meeting' THEN contact_id END) AS meeting,
       count(DISTINCT CASE WHEN mode = 'unspecified' THEN contact_id END) AS unspecified,
       min(date) AS first_date,
       max(date) AS last_date
  FROM contact_partners
 WHERE partner_id IS NOT NULL
 GROUP BY country, partner_country;
