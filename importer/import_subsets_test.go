package importer_test

import (
	"path/filepath"
	"slices"
	"testing"

	"hotline/importer"
)

// Made-up reports of one trilateral summit (two told through a pair of its leaders, the
// third naming all three) and of one summit of four (all named, or two of them).
const (
	trilateralPairA = "Greek Prime Minister Nikos Andrikos met Cypriot President Eleni Charalambous in Nicosia on Thursday. Egyptian President Omar Farid, who also attended, called the talks a milestone."
	trilateralPairB = "Egyptian President Omar Farid met Greek Prime Minister Nikos Andrikos in Nicosia on Thursday. Cypriot President Eleni Charalambous, the host, said gas cooperation would deepen."
	trilateralAll   = "Cypriot President Eleni Charalambous, Greek Prime Minister Nikos Andrikos and Egyptian President Omar Farid met in Nicosia on Thursday for a trilateral summit."
	quadAll         = "Australian Prime Minister Liam Hartley, Japanese Prime Minister Haruto Onishi, Indian Prime Minister Vikram Rao and U.S. President Daniel Whitfield met in Wilmington on Saturday for a Quad summit."
	quadSideline    = "Indian Prime Minister Vikram Rao, U.S. President Daniel Whitfield, Australian Prime Minister Liam Hartley and Japanese Prime Minister Haruto Onishi attended the Quad summit in Wilmington on Saturday. On the sidelines of the summit, Rao held bilateral talks with Whitfield on defence purchases."
	quadPair        = "Indian Prime Minister Vikram Rao met U.S. President Daniel Whitfield in Wilmington on Saturday. Australian Prime Minister Liam Hartley and Japanese Prime Minister Haruto Onishi, who also attended, backed a maritime initiative."
)

// TestImportOneMeetingToldThroughPairs imports made-up reports of one meeting of three or
// four leaders by outlets that tell it through two of its parties and name the others in
// passing, in both orders, and checks that it is one contacts row of everyone named, with
// a mention per article; a pair whose outlet never names the others, and two calls of one
// leader with two others on one day, stay apart.
func TestImportOneMeetingToldThroughPairs(t *testing.T) {
	checkOutletCases(t, []outletCase{{
		name: "two outlets each tell a trilateral through another pair, then a third names all three",
		stories: []outletStory{
			{"a.md", "Wire", "2024-05-10", trilateralPairA},
			{"b.md", "Paper", "2024-05-10", trilateralPairB},
			{"c.md", "Agency", "2024-05-10", trilateralAll},
		},
		want: []string{"Eleni Charalambous & Nikos Andrikos & Omar Farid (meeting, 2024-05-09)|a.md,b.md,c.md"},
	}, {
		name: "the same, the outlet that names all three first",
		stories: []outletStory{
			{"a.md", "Agency", "2024-05-10", trilateralAll},
			{"b.md", "Wire", "2024-05-10", trilateralPairA},
			{"c.md", "Paper", "2024-05-10", trilateralPairB},
		},
		want: []string{"Eleni Charalambous & Nikos Andrikos & Omar Farid (meeting, 2024-05-09)|a.md,b.md,c.md"},
	}, {
		name: "a meeting of four told through two leaders by an outlet that names the other two",
		stories: []outletStory{
			{"a.md", "Wire", "2024-09-21", quadAll},
			{"b.md", "Paper", "2024-09-22", quadPair},
		},
		want: []string{"Daniel Whitfield & Haruto Onishi & Liam Hartley & Vikram Rao (meeting, 2024-09-21)|a.md,b.md"},
	}, {
		name: "the same, the outlet that names two of the four first",
		stories: []outletStory{
			{"a.md", "Paper", "2024-09-22", quadPair},
			{"b.md", "Wire", "2024-09-21", quadAll},
		},
		want: []string{"Daniel Whitfield & Haruto Onishi & Liam Hartley & Vikram Rao (meeting, 2024-09-21)|a.md,b.md"},
	}, {
		name: "a bilateral on the sidelines of a summit of four, by an outlet that names no other leader",
		stories: []outletStory{
			{"a.md", "Wire", "2024-09-21", quadAll},
			{"b.md", "Paper", "2024-09-22", "On the sidelines of the summit in Wilmington on Saturday, Indian Prime Minister Vikram Rao held bilateral talks with U.S. President Daniel Whitfield on defence purchases."},
		},
		want: []string{
			"Daniel Whitfield & Haruto Onishi & Liam Hartley & Vikram Rao (meeting, 2024-09-21)|a.md",
			"Daniel Whitfield & Vikram Rao (meeting, 2024-09-21)|b.md",
		},
	}, {
		name: "a bilateral on the sidelines of a summit of four, by an outlet that names the other leaders",
		stories: []outletStory{
			{"a.md", "Wire", "2024-09-21", quadAll},
			{"b.md", "Paper", "2024-09-22", quadSideline},
		},
		want: []string{
			"Daniel Whitfield & Haruto Onishi & Liam Hartley & Vikram Rao (meeting, 2024-09-21)|a.md",
			"Daniel Whitfield & Vikram Rao (meeting, 2024-09-21)|b.md",
		},
	}, {
		name: "the same, the outlet of the bilateral first: the summit does not absorb it",
		stories: []outletStory{
			{"a.md", "Paper", "2024-09-22", quadSideline},
			{"b.md", "Wire", "2024-09-21", quadAll},
		},
		want: []string{
			"Daniel Whitfield & Haruto Onishi & Liam Hartley & Vikram Rao (meeting, 2024-09-21)|b.md",
			"Daniel Whitfield & Vikram Rao (meeting, 2024-09-21)|a.md",
		},
	}, {
		name: "a trilateral on the sidelines of a summit, told through a pair on the sidelines too",
		stories: []outletStory{
			{"a.md", "Wire", "2024-04-01", "On the sidelines of the nuclear summit in Washington on Thursday, Japanese Prime Minister Haruto Onishi met South Korean President Min-jun Seo. U.S. President Daniel Whitfield, who also attended, praised the talks."},
			{"b.md", "Paper", "2024-04-01", "On the sidelines of the nuclear summit in Washington on Thursday, U.S. President Daniel Whitfield, Japanese Prime Minister Haruto Onishi and South Korean President Min-jun Seo met for trilateral talks."},
		},
		want: []string{"Daniel Whitfield & Haruto Onishi & Min-jun Seo (meeting, 2024-03-28)|a.md,b.md"},
	}, {
		name: "the same, the trilateral first",
		stories: []outletStory{
			{"a.md", "Paper", "2024-04-01", "On the sidelines of the nuclear summit in Washington on Thursday, U.S. President Daniel Whitfield, Japanese Prime Minister Haruto Onishi and South Korean President Min-jun Seo met for trilateral talks."},
			{"b.md", "Wire", "2024-04-01", "On the sidelines of the nuclear summit in Washington on Thursday, Japanese Prime Minister Haruto Onishi met South Korean President Min-jun Seo. U.S. President Daniel Whitfield, who also attended, praised the talks."},
		},
		want: []string{"Daniel Whitfield & Haruto Onishi & Min-jun Seo (meeting, 2024-03-28)|a.md,b.md"},
	}, {
		name: "one leader's calls with two others on one day, told by two outlets",
		stories: []outletStory{
			{"a.md", "Wire", "2024-03-12", "German Chancellor Lukas Brenner spoke by phone with French President Claire Vautrin on Tuesday about Ukraine aid."},
			{"b.md", "Paper", "2024-03-12", "German Chancellor Lukas Brenner held a phone call with Polish Prime Minister Marek Zielinski on Tuesday about border controls."},
		},
		want: []string{
			"Claire Vautrin & Lukas Brenner (phone, 2024-03-12)|a.md",
			"Lukas Brenner & Marek Zielinski (phone, 2024-03-12)|b.md",
		},
	}})
}

// TestImportMergedMeetingKeepsEachReport checks the row merge of two pairs of one
// trilateral: after the report of all three, one contact is left, each article's mention
// keeps its own sentence, status and date words, and the summary counts one new contact.
func TestImportMergedMeetingKeepsEachReport(t *testing.T) {
	files := map[string]string{}
	for _, s := range []outletStory{
		{"a.md", "Wire", "2024-05-10", trilateralPairA},
		{"b.md", "Paper", "2024-05-10", trilateralPairB},
		{"c.md", "Agency", "2024-05-10", trilateralAll},
	} {
		files[s.file] = s.markdown()
	}
	path, sum := importEach(t, importer.Options{}, files)
	raw := rawDB(t, path)
	got := queryRows(t, raw, `SELECT replace(a.source, rtrim(a.source, replace(a.source, '/', '')), ''), m.status, m.date_text, m.sentence
		FROM contact_mentions_with_sentence m JOIN articles a ON a.id = m.article_id ORDER BY 1`)
	want := []string{
		"a.md|held|Thursday|Greek Prime Minister Nikos Andrikos met Cypriot President Eleni Charalambous in Nicosia on Thursday.",
		"b.md|held|Thursday|Egyptian President Omar Farid met Greek Prime Minister Nikos Andrikos in Nicosia on Thursday.",
		"c.md|held|Thursday|Cypriot President Eleni Charalambous, Greek Prime Minister Nikos Andrikos and Egyptian President Omar Farid met in Nicosia on Thursday for a trilateral summit.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("mentions:\n%q\nwant\n%q", got, want)
	}
	if n := queryRows(t, raw, `SELECT count(DISTINCT contact_id) FROM contact_mentions`); !slices.Equal(n, []string{"1"}) {
		t.Errorf("contacts reported: %v, want 1", n)
	}
	if sum.Contacts.New != 1 || sum.Contacts.Total != 1 {
		t.Errorf("summary contacts %+v, want 1 new of 1", sum.Contacts)
	}
}

// TestImportMergedMeetingAcrossRuns checks the row merge when the two pairs' rows come
// from an earlier run (read back from the database, not made by this run: the summary
// counts no new contact), and that re-importing an edited article of the merged meeting
// keeps it one contact with a mention per article.
func TestImportMergedMeetingAcrossRuns(t *testing.T) {
	s, path := newStore(t)
	in := folder(t, map[string]string{
		"a.md": outletStory{"a.md", "Wire", "2024-05-10", trilateralPairA}.markdown(),
		"b.md": outletStory{"b.md", "Paper", "2024-05-10", trilateralPairB}.markdown(),
	})
	opt := importer.Options{}
	if sum := runImport(t, s, opt, in); sum.Contacts.Total != 2 {
		t.Fatalf("first run: %d contacts, want the two pairs", sum.Contacts.Total)
	}
	writeFile(t, filepath.Join(in.Path, "c.md"), outletStory{"c.md", "Agency", "2024-05-10", trilateralAll}.markdown())
	if sum := runImport(t, s, opt, in); sum.Contacts.New != 0 || sum.Contacts.Total != 1 {
		t.Errorf("second run: contacts %+v, want none new of 1", sum.Contacts)
	}
	writeFile(t, filepath.Join(in.Path, "a.md"), outletStory{"a.md", "Wire", "2024-05-10", trilateralPairA + " Trade was also discussed."}.markdown())
	if sum := runImport(t, s, opt, in); sum.Updated != 1 || sum.Contacts.Total != 1 {
		t.Errorf("third run: %+v, want 1 updated and 1 contact", sum)
	}
	want := []string{"Eleni Charalambous & Nikos Andrikos & Omar Farid (meeting, 2024-05-09)|a.md,b.md,c.md"}
	if got := reportedContacts(t, path); !slices.Equal(got, want) {
		t.Errorf("contacts:\n%q\nwant\n%q", got, want)
	}
}

// TestImportSidelinesAcrossRuns checks that the mark of a bilateral told as held on the
// sidelines of a summit outlives its run: a later run's report of the whole summit, by an
// outlet whose every leader the bilateral's article named, leaves the bilateral its own
// contact, and re-importing the edited bilateral's article keeps it so.
func TestImportSidelinesAcrossRuns(t *testing.T) {
	s, path := newStore(t)
	in := folder(t, map[string]string{"a.md": outletStory{"a.md", "Paper", "2024-09-22", quadSideline}.markdown()})
	opt := importer.Options{}
	runImport(t, s, opt, in)
	writeFile(t, filepath.Join(in.Path, "b.md"), outletStory{"b.md", "Wire", "2024-09-21", quadAll}.markdown())
	runImport(t, s, opt, in)
	writeFile(t, filepath.Join(in.Path, "a.md"), outletStory{"a.md", "Paper", "2024-09-22", quadSideline + " Trade was also discussed."}.markdown())
	if sum := runImport(t, s, opt, in); sum.Updated != 1 || sum.Contacts.Total != 2 {
		t.Errorf("third run: %+v, want 1 updated and 2 contacts", sum)
	}
	want := []string{
		"Daniel Whitfield & Haruto Onishi & Liam Hartley & Vikram Rao (meeting, 2024-09-21)|b.md",
		"Daniel Whitfield & Vikram Rao (meeting, 2024-09-21)|a.md",
	}
	if got := reportedContacts(t, path); !slices.Equal(got, want) {
		t.Errorf("contacts:\n%q\nwant\n%q", got, want)
	}
}
