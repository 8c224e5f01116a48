package importer_test

import (
	"slices"
	"testing"

	"hotline/importer"
)

// people is the cast of the made-up stories: a minister known by full name, then by
// surname; a counterpart whose role arrives later; an organization.
func people() script {
	berg := actorSpec{name: "Anna Berg", kind: "person", role: "Foreign Minister", country: "no", surfaces: []string{"Anna Berg"}}
	dunn := actorSpec{name: "Carl Dunn", kind: "person", surfaces: []string{"Carl Dunn"}}
	return script{
		"storyone": {actors: []actorSpec{berg, dunn},
			contacts: []contactSpec{{parts: []int{0, 1}, mode: "phone", status: "scheduled", date: "2022-02-01", text: "Tuesday"}},
			quotes:   []quoteSpec{{text: "We will talk", speaker: 0}}},
		"storytwo": {actors: []actorSpec{
			{name: "Berg", kind: "person", surfaces: []string{"Berg"}},
			{name: "Carl Dunn", kind: "person", role: "Prime Minister", country: "SE", surfaces: []string{"Carl Dunn"}},
			{name: "Nordic Council", kind: "organization", surfaces: []string{"Nordic Council"}},
		}, contacts: []contactSpec{
			{parts: []int{0, 1}, mode: "unspecified", status: "held", text: "on Tuesday"},
			{parts: []int{0, 1}, mode: "meeting", status: "proposed", text: "next month"},
		}},
	}
}

// The two stories people() knows: a call announced, then reported held.
const (
	storyOne = "---\ntitle: Call planned\ndate: 2022-02-01\n---\n\n" +
		"storyone. Anna Berg and Carl Dunn will speak. \"We will talk\", she said.\n"
	storyTwo = "---\ntitle: Call held\ndate: 2022-02-02\n---\n\n" +
		"storytwo. Berg spoke with Carl Dunn on Tuesday, the Nordic Council said.\n"
)

// TestImportResolvesAcrossArticles checks one actor per real entity across articles and
// runs, role and country filled in when a later article gives them, and a contact two
// articles report merged into one row with each article's own status.
func TestImportResolvesAcrossArticles(t *testing.T) {
	path, sum := importEach(t, importer.Options{Extractor: people()},
		map[string]string{"one.md": storyOne}, map[string]string{"two.md": storyTwo})
	if sum.New != 1 || sum.Actors.Total != 3 || sum.Actors.New != 1 {
		t.Errorf("second run: %+v, want 1 new article and 3 actors (1 new)", sum)
	}
	raw := rawDB(t, path)
	actors := queryRows(t, raw, `SELECT name, kind, coalesce(role, ''), coalesce(country, ''),
		(SELECT count(*) FROM article_actors l WHERE l.actor_id = actors.id) FROM actors ORDER BY name`)
	want := []string{
		"Anna Berg|person|Foreign Minister|NO|2",
		"Carl Dunn|person|Prime Minister|SE|2",
		"Nordic Council|organization|||1",
	}
	if !slices.Equal(actors, want) {
		t.Errorf("actors:\n%q\nwant\n%q", actors, want)
	}
	contacts := queryRows(t, raw, `SELECT mode, status, coalesce(date, ''), title,
		(SELECT group_concat(status, ',' ORDER BY article_id) FROM contact_mentions m WHERE m.contact_id = c.id)
		FROM contacts c ORDER BY id`)
	wantContacts := []string{
		"phone|held|2022-02-01|Anna Berg & Carl Dunn (phone, 2022-02-01)|scheduled,held",
		"meeting|proposed||Anna Berg & Carl Dunn (meeting, \"next month\")|proposed",
	}
	if !slices.Equal(contacts, wantContacts) {
		t.Errorf("contacts:\n%q\nwant\n%q", contacts, wantContacts)
	}
	if got := queryRows(t, raw, `SELECT alias || ':' || count FROM actor_aliases a JOIN actors b ON b.id = a.actor_id
		WHERE b.name = 'Anna Berg' ORDER BY alias`); !slices.Equal(got, []string{"Anna Berg:1", "Berg:1"}) {
		t.Errorf("aliases of Anna Berg: %q", got)
	}
}

// TestImportCompletesABareSurname checks that a person first known only by surname gets
// the full name when a later article gives it, instead of a second actor.
func TestImportCompletesABareSurname(t *testing.T) {
	path, _ := importEach(t, importer.Options{Extractor: script{
		"early": {actors: []actorSpec{{name: "Okafor", kind: "person", surfaces: []string{"Okafor"}}}},
		"later": {actors: []actorSpec{{name: "Ngozi Okafor", kind: "person", role: "Envoy", surfaces: []string{"Ngozi Okafor"}}}},
	}}, map[string]string{"a.md": story("A", "2022-01-01", "early: Okafor arrived.")},
		map[string]string{"b.md": story("B", "2022-01-02", "later: Ngozi Okafor spoke.")})
	got := queryRows(t, rawDB(t, path), `SELECT name, coalesce(role, '') FROM actors`)
	if !slices.Equal(got, []string{"Ngozi Okafor|Envoy"}) {
		t.Errorf("actors: %q, want the one actor with its full name", got)
	}
}

// TestImportKeepsNamesakesApart checks that two people who share a surname stay two
// actors, even when each article also calls its person by the bare surname, and that a
// later bare surname (ambiguous now) does not land on either.
func TestImportKeepsNamesakesApart(t *testing.T) {
	path, _ := importEach(t, importer.Options{Extractor: script{
		"first":  {actors: []actorSpec{{name: "Joan Marsh", kind: "person", surfaces: []string{"Joan Marsh", "Marsh"}}}},
		"second": {actors: []actorSpec{{name: "Peter Marsh", kind: "person", surfaces: []string{"Peter Marsh", "Marsh"}}}},
		"third":  {actors: []actorSpec{{name: "Marsh", kind: "person", surfaces: []string{"Marsh"}}}},
	}}, map[string]string{"a.md": story("A", "2022-01-01", "first: Joan Marsh arrived. Marsh spoke.")},
		map[string]string{"b.md": story("B", "2022-01-02", "second: Peter Marsh arrived. Marsh spoke.")},
		map[string]string{"c.md": story("C", "2022-01-03", "third: Marsh spoke.")})
	got := queryRows(t, rawDB(t, path), `SELECT name, (SELECT count(*) FROM article_actors l WHERE l.actor_id = actors.id)
		FROM actors ORDER BY name`)
	want := []string{"Joan Marsh|1", "Marsh|1", "Peter Marsh|1"}
	if !slices.Equal(got, want) {
		t.Errorf("actors %q, want %q", got, want)
	}
}
