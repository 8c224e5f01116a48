package importer_test

import (
	"fmt"
	"slices"
	"testing"

	"hotline/importer"
)

// TestImportOneContactPerEvent checks the cross-article merge as the index finds it: a
// multilateral meeting two articles name with overlapping sets is one contact of everyone
// named, a call dated a day apart by two sides' press is one, and two meetings of the
// same three people in different months stay two.
func TestImportOneContactPerEvent(t *testing.T) {
	actor := func(name string) actorSpec {
		return actorSpec{name: name, kind: "person", surfaces: []string{name}}
	}
	quad := []actorSpec{actor("Ada Kerr"), actor("Bo Lind"), actor("Cy Moss"), actor("Di Noor")}
	path, _ := importEach(t, importer.Options{Extractor: script{
		"summitA": {actors: quad[:3], contacts: []contactSpec{{parts: []int{0, 1, 2}, mode: "meeting", status: "held", date: "2022-03-04"}}},
		"summitB": {actors: quad, contacts: []contactSpec{{parts: []int{0, 1, 2, 3}, mode: "meeting", status: "held", date: "2022-03-04"}}},
		"summitC": {actors: quad[:3], contacts: []contactSpec{{parts: []int{0, 1, 2}, mode: "meeting", status: "held", date: "2022-06-10"}}},
		"callW":   {actors: quad[:2], contacts: []contactSpec{{parts: []int{0, 1}, mode: "phone", status: "held", date: "2022-03-07"}}},
		"callB":   {actors: quad[:2], contacts: []contactSpec{{parts: []int{0, 1}, mode: "video", status: "held", date: "2022-03-08"}}},
	}}, map[string]string{
		"1.md": story("A", "2022-03-04", "summitA: Ada Kerr, Bo Lind and Cy Moss met."),
		"2.md": story("B", "2022-03-05", "summitB: Ada Kerr, Bo Lind, Cy Moss and Di Noor met."),
		"3.md": story("C", "2022-06-10", "summitC: Ada Kerr, Bo Lind and Cy Moss met again."),
		"4.md": story("D", "2022-03-08", "callW: Ada Kerr phoned Bo Lind."),
		"5.md": story("E", "2022-03-08", "callB: Bo Lind and Ada Kerr held a video call."),
	})
	got := queryRows(t, rawDB(t, path), `SELECT title, (SELECT count(*) FROM contact_mentions m WHERE m.contact_id = c.id)
		FROM contacts c ORDER BY id`)
	want := []string{
		"Ada Kerr & Bo Lind & Cy Moss & Di Noor (meeting, 2022-03-04)|2",
		"Ada Kerr & Bo Lind & Cy Moss (meeting, 2022-06-10)|1",
		"Ada Kerr & Bo Lind (phone, 2022-03-07)|2",
	}
	if !slices.Equal(got, want) {
		t.Errorf("contacts:\n%q\nwant\n%q", got, want)
	}
}

// TestImportManyReportsOfOnePair checks the case that was quadratic: hundreds of articles
// reporting the same pair, on a few days, become a few contacts with a mention each.
func TestImportManyReportsOfOnePair(t *testing.T) {
	files := map[string]string{}
	sc := script{}
	for i := range 300 {
		marker := fmt.Sprintf("story%03dx", i)
		day := fmt.Sprintf("2022-05-%02d", 10+3*(i%3))
		sc[marker] = scene{actors: []actorSpec{{name: "Ada Kerr", kind: "person", surfaces: []string{"Ada Kerr"}},
			{name: "Bo Lind", kind: "person", surfaces: []string{"Bo Lind"}}},
			contacts: []contactSpec{{parts: []int{0, 1}, mode: "phone", status: "held", date: day}}}
		files[fmt.Sprintf("%03d.md", i)] = story(marker, day, marker+": Ada Kerr phoned Bo Lind.")
	}
	path, _ := importEach(t, importer.Options{Extractor: sc}, files)
	got := queryRows(t, rawDB(t, path), `SELECT date, (SELECT count(*) FROM contact_mentions m WHERE m.contact_id = c.id)
		FROM contacts c ORDER BY date`)
	want := []string{"2022-05-10|100", "2022-05-13|100", "2022-05-16|100"}
	if !slices.Equal(got, want) {
		t.Errorf("contacts: %q, want %q", got, want)
	}
}

// TestImportMergesWithinAModeFamily checks resolution filed by mode family: a report of
// unspecified mode merges with a call, the call then takes a video report of the same
// day, and a meeting that day stays a contact of its own.
func TestImportMergesWithinAModeFamily(t *testing.T) {
	pair := []actorSpec{{name: "Ada Kerr", kind: "person", surfaces: []string{"Ada Kerr"}},
		{name: "Bo Lind", kind: "person", surfaces: []string{"Bo Lind"}}}
	contact := func(mode string) scene {
		return scene{actors: pair, contacts: []contactSpec{{parts: []int{0, 1}, mode: mode, status: "held", date: "2022-05-02"}}}
	}
	path, _ := importEach(t, importer.Options{Extractor: script{
		"spoke": contact("unspecified"), "phoned": contact("phone"), "met": contact("meeting"), "video": contact("video"),
	}}, map[string]string{
		"1.md": story("A", "2022-05-02", "spoke: Ada Kerr spoke with Bo Lind."),
		"2.md": story("B", "2022-05-03", "phoned: Ada Kerr phoned Bo Lind."),
		"3.md": story("C", "2022-05-03", "met: Ada Kerr met Bo Lind."),
		"4.md": story("D", "2022-05-04", "video: Ada Kerr and Bo Lind held a video call."),
	})
	got := queryRows(t, rawDB(t, path), `SELECT mode, (SELECT count(*) FROM contact_mentions m WHERE m.contact_id = c.id)
		FROM contacts c ORDER BY id`)
	want := []string{"video|3", "meeting|1"} // the merged call takes the more specific mode
	if !slices.Equal(got, want) {
		t.Errorf("contacts (mode|reports):\n%q\nwant\n%q", got, want)
	}
}

// TestImportPairJoinsTrilateralOfPersons checks partOf as the index applies it: a pair
// joins the contact of three whose third party its article names, if that party is a
// person; an organization the article names (the source of the news, most often) does not
// draw the pair into a contact of three that has it.
func TestImportPairJoinsTrilateralOfPersons(t *testing.T) {
	actor := func(name, kind string) actorSpec {
		return actorSpec{name: name, kind: kind, surfaces: []string{name}}
	}
	cast := []actorSpec{actor("Ada Kerr", "person"), actor("Bo Lind", "person"), actor("Cy Moss", "person"), actor("Home Office", "organization")}
	meeting := func(parts ...int) []contactSpec {
		return []contactSpec{{parts: parts, mode: "meeting", status: "held", date: "2022-03-04"}}
	}
	path, _ := importEach(t, importer.Options{Extractor: script{
		"trioA": {actors: cast[:3], contacts: meeting(0, 1, 2)},
		"pairA": {actors: cast[:3], contacts: meeting(0, 1)},
		"trioB": {actors: []actorSpec{cast[0], cast[1], cast[3]}, contacts: meeting(0, 1, 2)},
		"pairB": {actors: []actorSpec{cast[0], cast[1], cast[3]}, contacts: meeting(0, 1)},
	}}, map[string]string{
		"1.md": story("A", "2022-03-04", "trioA: Ada Kerr, Bo Lind and Cy Moss met."),
		"2.md": story("B", "2022-03-05", "pairA: Ada Kerr met Bo Lind; Cy Moss was there."),
	}, map[string]string{
		"3.md": story("C", "2022-03-04", "trioB: Ada Kerr, Bo Lind and the Home Office met."),
		"4.md": story("D", "2022-03-05", "pairB: Ada Kerr met Bo Lind, the Home Office said."),
	})
	got := queryRows(t, rawDB(t, path), `SELECT title, (SELECT group_concat(article_id) FROM contact_mentions m WHERE m.contact_id = c.id)
		FROM contacts c ORDER BY id`)
	want := []string{
		"Ada Kerr & Bo Lind & Cy Moss (meeting, 2022-03-04)|1,2",
		"Ada Kerr & Bo Lind & Home Office (meeting, 2022-03-04)|3",
		"Ada Kerr & Bo Lind (meeting, 2022-03-04)|4",
	}
	if !slices.Equal(got, want) {
		t.Errorf("contacts:\n%q\nwant\n%q", got, want)
	}
}
