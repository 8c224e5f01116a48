package importer_test

import (
	"slices"
	"testing"

	"hotline/importer"
)

// TestImportRepublishedReports imports made-up stories with a copy as another outlet
// republishes it (a wire client's pickup, retitled, cut, a day later by its own clock, or
// with no date line), and checks that each copy's report joins the contact its original
// made: a report told in the same sentence word for word is one report of one contact
// (verbatim.go), whether or not its date words tie it to a day. A short sentence many
// stories print, and a copy published weeks later, still stay apart.
func TestImportRepublishedReports(t *testing.T) {
	const (
		lead   = "Portuguese Foreign Minister Rui Calado met Moroccan Foreign Minister Samir Bennani in Lisbon to discuss fishing rights."
		second = "Calado and Bennani also spoke with the Spanish Foreign Minister Ines Olmedo by phone, the ministry said."
		due    = "Moroccan Foreign Minister Samir Bennani is due to meet Portuguese Foreign Minister Rui Calado in Lisbon on Tuesday."
	)
	both := []string{ // the original's two contacts, each reported by the copy too
		"Ines Olmedo & Rui Calado & Samir Bennani (phone)|a.md,b.md",
		"Rui Calado & Samir Bennani (meeting)|a.md,b.md",
	}
	checkOutletCases(t, []outletCase{{
		name: "an undated story and its wire copy",
		stories: []outletStory{
			{"a.md", "Wire", "", lead + "\n\n" + second},
			{"b.md", "Paper", "", lead + "\n\n" + second},
		},
		want: both,
	}, {
		name: "a dated story and its copy without a date line",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-04", lead + "\n\n" + second},
			{"b.md", "Paper", "", lead + "\n\n" + second},
		},
		want: both,
	}, {
		name: "a copy a day later reads the weekday of a meeting to come a week on",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-04", due},
			{"b.md", "Paper", "2025-03-05", due},
		},
		want: []string{"Rui Calado & Samir Bennani (meeting, 2025-03-04)|a.md,b.md"},
	}, {
		name: "a copy without its lead",
		stories: []outletStory{
			{"a.md", "Wire", "", lead + "\n\n" + second},
			{"b.md", "Paper", "", second},
		},
		want: []string{
			"Ines Olmedo & Rui Calado & Samir Bennani (phone)|a.md,b.md",
			"Rui Calado & Samir Bennani (meeting)|a.md",
		},
	}, {
		name: "a wire client's copy and its own story a day later",
		stories: []outletStory{
			{"a.md", "Agency", "2025-03-06", "Japanese Prime Minister Haruto Onishi met South Korean President Seo Min-jun in Seoul on Thursday to discuss export controls."},
			{"b.md", "Client", "2025-03-06", "Japanese Prime Minister Haruto Onishi met South Korean President Seo Min-jun in Seoul on Thursday to discuss export controls."},
			{"c.md", "Client", "2025-03-07", "South Korean President Seo Min-jun hosted Japanese Prime Minister Haruto Onishi for talks in Seoul this morning, officials said."},
		},
		// b's day is the Agency's clock, not the Client's: c is no later contact of the pair
		// for being the Client's other day (otherDaySameOutlet, reprinted).
		want: []string{"Haruto Onishi & Seo Min-jun (meeting, 2025-03-06)|a.md,b.md,c.md"},
	}, {
		name: "a short sentence many stories print stays apart",
		stories: []outletStory{
			{"a.md", "Wire", "", "President Rui Calado met King Samir Bennani."},
			{"b.md", "Paper", "", "President Rui Calado met King Samir Bennani."},
		},
		want: []string{
			"Rui Calado & Samir Bennani (meeting), in Paper report|b.md",
			"Rui Calado & Samir Bennani (meeting), in Wire report|a.md",
		},
	}, {
		name: "one government's readouts of two calls a week apart stay apart",
		stories: []outletStory{
			{"a.md", "Ministry", "2025-03-04", "Foreign Minister Rui Calado spoke today by phone with Foreign Minister Samir Bennani of Morocco."},
			{"b.md", "Ministry", "2025-03-11", "Foreign Minister Rui Calado spoke today by phone with Foreign Minister Samir Bennani of Morocco."},
		},
		want: []string{
			"Rui Calado & Samir Bennani (phone, 2025-03-04)|a.md",
			"Rui Calado & Samir Bennani (phone, 2025-03-11)|b.md",
		},
	}, {
		name: "another outlet's same sentence a week later stays apart",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-04", due},
			{"b.md", "Paper", "2025-03-11", due},
		},
		want: []string{
			"Rui Calado & Samir Bennani (meeting, 2025-03-04)|a.md",
			"Rui Calado & Samir Bennani (meeting, 2025-03-11)|b.md",
		},
	}, {
		name: "the same sentence five weeks later stays apart",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-04", lead},
			{"b.md", "Paper", "2025-04-08", lead},
		},
		want: []string{
			"Rui Calado & Samir Bennani (meeting), in Paper report|b.md",
			"Rui Calado & Samir Bennani (meeting), in Wire report|a.md",
		},
	}})
}

// TestImportRepublishedInALaterRun imports an undated story and, in a later run, its wire
// copy without a date line: the copy's report finds the contact its original made from
// the database (the report's sentence is read back from its offsets), as within one run.
func TestImportRepublishedInALaterRun(t *testing.T) {
	const story = "Portuguese Foreign Minister Rui Calado met Moroccan Foreign Minister Samir Bennani in Lisbon to discuss fishing rights."
	for _, held := range []int{0, 1} {
		path, _ := importEach(t, importer.Options{HeldContacts: held},
			map[string]string{"a.md": outletStory{"a.md", "Wire", "", story}.markdown()},
			map[string]string{"b.md": outletStory{"b.md", "Paper", "", story}.markdown()})
		got := reportedContacts(t, path)
		if want := []string{"Rui Calado & Samir Bennani (meeting)|a.md,b.md"}; !slices.Equal(got, want) {
			t.Errorf("held %d, contacts:\n%q\nwant\n%q", held, got, want)
		}
	}
}
