package db_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"hotline/db"
)

// TestViews builds two contacts between three actors through the write path and reads the
// views an explorer shows.
func TestViews(t *testing.T) {
	s, raw, _, art := storeWithArticle(t, "Calls", "Berg called Dunn. Berg met Lind.")
	ctx := context.Background()
	tx := begin(t, s)
	id := func(n int64, err error) int64 {
		t.Helper()
		must(t, err)
		return n
	}
	berg := id(tx.InsertActor(ctx, db.ActorRow{Name: "Anna Berg", Kind: "person", Role: "Foreign Minister", Country: "NO", Key: "anna berg"}))
	dunn := id(tx.InsertActor(ctx, db.ActorRow{Name: "Carl Dunn", Kind: "person", Key: "carl dunn"}))
	lind := id(tx.InsertActor(ctx, db.ActorRow{Name: "Eva Lind", Kind: "person", Key: "eva lind"}))
	contacts := []db.ContactRow{
		{Mode: "phone", Status: "held", Date: "2022-02-01", InitiatorID: berg, FirstReported: "2022-02-01", Participants: []int64{berg, dunn}},
		{Mode: "meeting", Status: "scheduled", Date: "2022-02-03", Location: "Oslo", FirstReported: "2022-02-01", Participants: []int64{berg, lind}},
		{Mode: "video", Status: "held", Date: "2022-01-20", FirstReported: "2022-02-01", Participants: []int64{dunn, berg}},
		{Mode: "unspecified", Status: "held", Participants: []int64{dunn, lind}},
	}
	for _, c := range contacts {
		cid := id(tx.InsertContact(ctx, c))
		for _, p := range c.Participants {
			must(t, tx.AddParticipant(ctx, cid, p))
		}
		must(t, tx.InsertContactMention(ctx, db.ContactMentionRow{ContactID: cid, ArticleID: art, Status: c.Status, Mode: c.Mode, Rule: "test"}))
	}
	for _, speaker := range []int64{berg, berg, dunn} {
		id(tx.InsertQuote(ctx, db.QuoteRow{ArticleID: art, SpeakerID: speaker, Text: "words", Rule: "test"}))
	}
	must(t, tx.Refresh(ctx))
	commit(t, tx)
	cases := []struct {
		name, query string
		want        []string
	}{
		{"contact_timeline", `SELECT date, mode, status, participants, coalesce(location, ''), coalesce(initiator, ''), articles FROM contact_timeline`,
			[]string{"2022-01-20|video|held|Anna Berg & Carl Dunn|||1", "2022-02-01|phone|held|Anna Berg & Carl Dunn||Anna Berg|1",
				"2022-02-03|meeting|scheduled|Anna Berg & Eva Lind|Oslo||1", "|unspecified|held|Carl Dunn & Eva Lind|||1"}},
		{"actor_pairs", `SELECT actor_a, actor_b, contacts, first_date, last_date, modes FROM actor_pairs ORDER BY actor_a, actor_b`,
			[]string{"Anna Berg|Carl Dunn|2|2022-01-20|2022-02-01|phone,video", "Anna Berg|Eva Lind|1|2022-02-03|2022-02-03|meeting",
				"Carl Dunn|Anna Berg|2|2022-01-20|2022-02-01|phone,video", "Carl Dunn|Eva Lind|1|||unspecified",
				"Eva Lind|Anna Berg|1|2022-02-03|2022-02-03|meeting", "Eva Lind|Carl Dunn|1|||unspecified"}},
		{"actor_partners", `SELECT actor, partner, coalesce(partner_country, ''), contacts, phone, video, meeting, unspecified, coalesce(first_date, ''), coalesce(last_date, '')
			FROM actor_partners WHERE actor_id = ` + fmt.Sprint(dunn) + ` ORDER BY partner`,
			[]string{"Carl Dunn|Anna Berg|NO|2|1|1|0|0|2022-01-20|2022-02-01", "Carl Dunn|Eva Lind||1|0|0|0|1||"}},
		{"contact_partners", `SELECT contact_id, actor, coalesce(country, ''), partner, coalesce(partner_country, ''), mode FROM contact_partners
			WHERE country = 'NO' AND mode = 'phone'`,
			[]string{"1|Anna Berg|NO|Carl Dunn||phone"}},
		{"country_pairs", `SELECT coalesce(country, '-'), coalesce(partner_country, '-'), contacts, phone, video, meeting, unspecified FROM country_pairs ORDER BY 1, 2`,
			[]string{"-|-|1|0|0|0|1", "-|NO|3|1|1|1|0", "NO|-|3|1|1|1|0"}},
		{"quotes_by_speaker", `SELECT name, coalesce(role, ''), coalesce(country, ''), quotes, first_published FROM quotes_by_speaker ORDER BY quotes DESC`,
			[]string{"Anna Berg|Foreign Minister|NO|2|2022-02-01", "Carl Dunn|||1|2022-02-01"}},
		{"contact titles", `SELECT title FROM contacts ORDER BY id`,
			[]string{"Anna Berg & Carl Dunn (phone, 2022-02-01)", "Anna Berg & Eva Lind (meeting, 2022-02-03)", "Anna Berg & Carl Dunn (video, 2022-01-20)",
				"Carl Dunn & Eva Lind (unspecified)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := joinedRows(t, raw, c.query); !slices.Equal(got, c.want) {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}
