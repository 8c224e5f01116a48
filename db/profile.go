package db

import (
	"context"
	"database/sql"
)

// profileRows bounds each list of a profile page; the full lists are a table link away.
const profileRows = 20

// ActorProfile is what an actor page shows beyond the actor's row: who they dealt with
// most, what they said, where they appear and under which names.
type ActorProfile struct {
	ID       int64         `json:"id"`
	Name     string        `json:"name"`
	Kind     string        `json:"kind"`
	Role     string        `json:"role"`
	Country  string        `json:"country"`
	Contacts int           `json:"contacts"`
	Partners []PartnerStat `json:"partners"`
	Quotes   []ProfileText `json:"quotes"`
	Articles []ProfileText `json:"articles"`
	Aliases  []AliasStat   `json:"aliases"`
}

// PartnerStat is one partner (an actor or a country) and the contacts shared with it.
type PartnerStat struct {
	ID        int64  `json:"id,omitempty"`
	Name      string `json:"name"`
	Country   string `json:"country"`
	Contacts  int    `json:"contacts"`
	FirstDate string `json:"first_date"`
	LastDate  string `json:"last_date"`
}

// ProfileText is a quote or an article: its row id, its text or title, and the date.
type ProfileText struct {
	ID    int64  `json:"id"`
	Text  string `json:"text"`
	Date  string `json:"date"`
	Extra string `json:"extra"` // the article of a quote, the publisher of an article
}

// AliasStat is one surface form of an actor's name and how often it was seen.
type AliasStat struct {
	Alias string `json:"alias"`
	Count int    `json:"count"`
}

const (
	sqlProfileActor    = `SELECT id, name, kind, coalesce(role, ''), coalesce(country, ''), (SELECT count(*) FROM contact_participants WHERE actor_id = a.id) FROM actors a WHERE id = ?`
	sqlProfilePartners = `SELECT b.id, b.name, coalesce(b.country, ''), count(*), coalesce(min(c.date), ''), coalesce(max(c.date), '')
  FROM contact_participants p
  JOIN contact_participants q ON q.contact_id = p.contact_id AND q.actor_id <> p.actor_id
  JOIN actors b ON b.id = q.actor_id
  JOIN contacts c ON c.id = p.contact_id
 WHERE p.actor_id = ? GROUP BY b.id ORDER BY count(*) DESC, b.name LIMIT ?`
	sqlProfileQuotes = `SELECT q.id, q.text, coalesce(ar.published, ''), coalesce(ar.title, '')
  FROM quotes q JOIN articles ar ON ar.id = q.article_id
 WHERE q.speaker_id = ? ORDER BY ar.published DESC, q.id LIMIT ?`
	sqlProfileArticles = `SELECT ar.id, coalesce(ar.title, ar.source), coalesce(ar.published, ''), coalesce(ar.publisher, '')
  FROM article_actors x JOIN articles ar ON ar.id = x.article_id
 WHERE x.actor_id = ? ORDER BY ar.published DESC, ar.id LIMIT ?`
	sqlProfileAliases = `SELECT alias, count FROM actor_aliases WHERE actor_id = ? ORDER BY count DESC, alias LIMIT ?`
)

// ActorProfile reads the profile of actor id; ENOTFOUND when there is none.
func (r *Reader) ActorProfile(ctx context.Context, id int64) (*ActorProfile, error) {
	ctx, c, done, err := r.session(ctx, r.pictureTimeLimit())
	if err != nil {
		return nil, err
	}
	defer done()
	p := &ActorProfile{Partners: []PartnerStat{}, Quotes: []ProfileText{}, Articles: []ProfileText{}, Aliases: []AliasStat{}}
	err = c.QueryRowContext(ctx, sqlProfileActor, id).Scan(&p.ID, &p.Name, &p.Kind, &p.Role, &p.Country, &p.Contacts)
	if err == sql.ErrNoRows {
		return nil, Errorf(ENOTFOUND, "no actor %d in %s", id, r.Name())
	}
	if err != nil {
		return nil, sqlError(err, r.pictureTimeLimit())
	}
	steps := []struct {
		query string
		fn    func([]any)
	}{
		{sqlProfilePartners, func(row []any) {
			p.Partners = append(p.Partners, PartnerStat{ID: asInt(row[0]), Name: asText(row[1]), Country: asText(row[2]),
				Contacts: int(asInt(row[3])), FirstDate: asText(row[4]), LastDate: asText(row[5])})
		}},
		{sqlProfileQuotes, func(row []any) {
			p.Quotes = append(p.Quotes, ProfileText{ID: asInt(row[0]), Text: asText(row[1]), Date: asText(row[2]), Extra: asText(row[3])})
		}},
		{sqlProfileArticles, func(row []any) {
			p.Articles = append(p.Articles, ProfileText{ID: asInt(row[0]), Text: asText(row[1]), Date: asText(row[2]), Extra: asText(row[3])})
		}},
		{sqlProfileAliases, func(row []any) {
			p.Aliases = append(p.Aliases, AliasStat{Alias: asText(row[0]), Count: int(asInt(row[1]))})
		}},
	}
	for _, s := range steps {
		if err := eachRow(ctx, c, s.query, []any{id, profileRows}, func(row []any) error { s.fn(row); return nil }); err != nil {
			return nil, sqlError(err, r.pictureTimeLimit())
		}
	}
	return p, nil
}

// CountryProfile is a country's page: its actors and the countries they dealt with.
type CountryProfile struct {
	Code     string        `json:"code"`
	Actors   []PartnerStat `json:"actors"`
	Partners []PartnerStat `json:"partners"` // Name is the partner country's code
	Contacts int           `json:"contacts"`
}

const (
	sqlCountryActors = `SELECT a.id, a.name, coalesce(a.country, ''), (SELECT count(*) FROM contact_participants p WHERE p.actor_id = a.id) AS n, '', ''
  FROM actors a WHERE a.country = ? ORDER BY n DESC, a.name LIMIT ?`
	sqlCountryPartners = `SELECT 0, coalesce(b.country, ''), coalesce(b.country, ''), count(DISTINCT p.contact_id), coalesce(min(c.date), ''), coalesce(max(c.date), '')
  FROM contact_participants p
  JOIN actors a ON a.id = p.actor_id
  JOIN contact_participants q ON q.contact_id = p.contact_id AND q.actor_id <> p.actor_id
  JOIN actors b ON b.id = q.actor_id
  JOIN contacts c ON c.id = p.contact_id
 WHERE a.country = ? GROUP BY b.country ORDER BY 4 DESC, 2 LIMIT ?`
	sqlCountryContacts = `SELECT count(DISTINCT p.contact_id) FROM contact_participants p JOIN actors a ON a.id = p.actor_id WHERE a.country = ?`
)

// CountryProfile reads the page of the country with ISO code code; ENOTFOUND when no
// actor has it. It is kept with the file's generation and shared, as networks are: it
// counts the contacts of every actor of the country. Do not change it.
func (r *Reader) CountryProfile(ctx context.Context, code string) (*CountryProfile, error) {
	ctx, _, done, err := r.session(ctx, r.pictureTimeLimit())
	if err != nil {
		return nil, err
	}
	defer done()
	g, release := r.use(ctx)
	defer release()
	v, waited, err := r.cached(ctx, g, derivedKey("country", code, nil), r.pictureTimeLimit(), func(ctx context.Context) (any, bool, error) {
		c, err := r.conn(ctx, g)
		if err != nil {
			return nil, false, err
		}
		defer c.Close()
		p, err := r.readCountryProfile(ctx, c, code)
		return p, err == nil, err
	})
	if err := r.pictureErr(err, waited, "the page of this country is still being counted"); err != nil {
		return nil, err
	}
	return v.(*CountryProfile), nil
}

// readCountryProfile reads the page of country code on c.
func (r *Reader) readCountryProfile(ctx context.Context, c *sql.Conn, code string) (*CountryProfile, error) {
	p := &CountryProfile{Code: code, Actors: []PartnerStat{}, Partners: []PartnerStat{}}
	stat := func(dst *[]PartnerStat) func([]any) error {
		return func(row []any) error {
			*dst = append(*dst, PartnerStat{ID: asInt(row[0]), Name: asText(row[1]), Country: asText(row[2]),
				Contacts: int(asInt(row[3])), FirstDate: asText(row[4]), LastDate: asText(row[5])})
			return nil
		}
	}
	for _, s := range []struct {
		query string
		dst   *[]PartnerStat
	}{{sqlCountryActors, &p.Actors}, {sqlCountryPartners, &p.Partners}} {
		if err := eachRow(ctx, c, s.query, []any{code, profileRows * 5}, stat(s.dst)); err != nil {
			return nil, sqlError(err, r.pictureTimeLimit())
		}
	}
	if len(p.Actors) == 0 {
		return nil, Errorf(ENOTFOUND, "no actor of country %q in %s", code, r.Name())
	}
	if err := c.QueryRowContext(ctx, sqlCountryContacts, code).Scan(&p.Contacts); err != nil {
		return nil, sqlError(err, r.pictureTimeLimit())
	}
	return p, nil
}
