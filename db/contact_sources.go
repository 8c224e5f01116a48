package db

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// ContactSource is a table or view whose rows are about contacts: Key is its column that
// holds the contact's id, Date the column a date filter goes on. The pictures (timeline,
// network, matrix, events) draw the contacts that a page of such a table selects, so they
// follow its filters, facets and search.
type ContactSource struct {
	Table, Key, Date string
}

// ContactSources lists the tables and views the pictures can draw: contacts itself, the
// contact_timeline view, and contact_partners, whose participant names and countries make
// ?country=RU&mode=phone possible.
func ContactSources() []ContactSource {
	return []ContactSource{
		{Table: "contacts", Key: "id", Date: "date"},
		{Table: "contact_timeline", Key: "id", Date: "date"},
		{Table: "contact_partners", Key: "contact_id", Date: "date"},
	}
}

// FindContactSource returns the source of a table name, or false.
func FindContactSource(table string) (ContactSource, bool) {
	for _, s := range ContactSources() {
		if s.Table == table {
			return s, true
		}
	}
	return ContactSource{}, false
}

// selection is the set of contact ids a TableQuery on a contact source selects, as a
// subquery with its arguments, on a connection that holds the request's time limit.
type selection struct {
	sql  string
	args []any
}

// selectContacts plans q against its table, which must be a contact source, and opens
// the session the picture's queries run in; done releases it.
func (r *Reader) selectContacts(ctx context.Context, q TableQuery) (context.Context, *sql.Conn, selection, func(), error) {
	src, ok := FindContactSource(q.Table)
	if !ok {
		return nil, nil, selection{}, nil, Errorf(EINVALID, "%s is not a table of contacts: use one of contacts, contact_timeline, contact_partners", q.Table)
	}
	q.Facets, q.Sort, q.Columns = nil, "", nil
	_, p, err := r.plan(ctx, q)
	if err != nil {
		if ErrorCode(err) == ENOTFOUND {
			return nil, nil, selection{}, nil, Errorf(ENOTFOUND, "%s has no %s: it was made by an older Hotline; run `hotline import --db %s` once to add the exploration views", r.Name(), q.Table, r.Path())
		}
		return nil, nil, selection{}, nil, err
	}
	ctx, c, done, err := r.session(ctx, r.pictureTimeLimit())
	if err != nil {
		return nil, nil, selection{}, nil, err
	}
	if !p.filtered() && src.Table == "contact_partners" {
		// Unfiltered, the view selects every contact with a participant: the same set,
		// without computing the view's joins.
		return ctx, c, selection{sql: sqlContactsWithParticipants}, done, nil
	}
	return ctx, c, selection{sql: "SELECT " + quoteIdent(src.Key) + p.from(), args: p.args}, done, nil
}

const sqlContactsWithParticipants = `SELECT contact_id FROM contact_participants`

// pictureTimeLimit is the time a picture's queries get: five times a page's. A picture
// aggregates every contact its filter selects in a few fixed statements (no user SQL),
// so on a large file it needs longer than one page of rows, and it cannot run away.
func (r *Reader) pictureTimeLimit() time.Duration { return 5 * r.opt.SQLTimeLimit }

// pictureErr is the error of a picture computed through the derived cache: a request that
// stopped waiting before the shared computation was done is told what is still being done
// (busy) and to reload; any other failure is a picture's SQL error.
func (r *Reader) pictureErr(err error, waited bool, busy string) error {
	switch {
	case !waited && errors.Is(err, context.DeadlineExceeded):
		return Errorf(ETIMEOUT, "%s: reload in a moment", busy)
	case err != nil:
		return sqlError(err, r.pictureTimeLimit())
	}
	return nil
}
