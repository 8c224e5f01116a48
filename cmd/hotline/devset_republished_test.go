package main_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// copyOutlet is the made-up outlet that republishes dev/tune's stories: another outlet than
// the original's, so that no rule for one outlet's clock applies between them.
const copyOutlet = "Meridian Wire"

// republishedFloors are the floors of TestRepublishedTuneMerge by variant: extra is the
// most contact rows the copies may add to dev/tune's own import and actors the most
// actors, linked the least share of the original import's (contact, article) pairs whose
// contact the copy's article is linked to as well, contacts the least contacts F1 of the
// originals against the gold. A little under what the importer reaches (2026-12-07:
// extra 0, 2, 1, 12, 0; linked 1.000, 1.000, .368, .692, 1.000; actors +1 with the lead
// cut, contacts .977 each; at main before the verbatim rule: extra 10, 14, 4, 21, 47,
// linked .923, .897, .342, .615, .624); raise them as the merge improves. Imports are
// deterministic, so the rows' floors are the rows reached. A shortened pickup and a copy
// without its lead cannot link what they no longer tell: their linked floors are under the
// share of what is left. Without the lead, a "he met" later in the story has no antecedent
// left and a "Mr Yang" no full name: the copy's contacts of such sentences are its own
// rows. A copy a day later that comes before its original (file order) keeps its own
// clock's day two from another outlet's report of the pair, and its original then joins
// it, not that report's contact: the 2 rows of "time zones".
var republishedFloors = map[string]struct{ extra, actors, linked, contacts float64 }{
	"wire pickup":      {extra: 0, linked: 0.98, contacts: 0.97},
	"time zones":       {extra: 2, linked: 0.98, contacts: 0.97},
	"shortened pickup": {extra: 1, linked: 0.35, contacts: 0.97},
	"lead cut":         {extra: 12, actors: 1, linked: 0.67, contacts: 0.97},
	"undated":          {extra: 0, linked: 0.98, contacts: 0.97},
}

// republication is one way outlets republish a story: the copy of s that another outlet
// prints, built from s's own text (no sentence is made up).
type republication func(s storyFile) storyFile

// republications are the variants of TestRepublishedTuneMerge: a wire pickup prints the
// same text under its own headline, the same day; a pickup across time zones the next
// day, so that "on Monday" and "yesterday" resolve a day off; a shortened pickup keeps the
// first three paragraphs (a brief); agencies cut the lead; an undated copy has no
// publication date at all.
func republications() []struct {
	name string
	copy republication
} {
	pickup := func(s storyFile) storyFile {
		c := s
		c.source, c.url = copyOutlet, "https://www.example.com/wire/"+strings.TrimSuffix(s.file, ".txt")
		c.title = wireHeadline(s)
		return c
	}
	return []struct {
		name string
		copy republication
	}{
		{"wire pickup", pickup},
		{"time zones", func(s storyFile) storyFile {
			c := pickup(s)
			c.date = nextDay(s.date)
			return c
		}},
		{"shortened pickup", func(s storyFile) storyFile {
			c := pickup(s)
			paras := s.paragraphs()
			c.body = strings.Join(paras[:min(3, len(paras))], "\n\n") + "\n"
			return c
		}},
		{"lead cut", func(s storyFile) storyFile {
			c := pickup(s)
			paras := s.paragraphs()
			if len(paras) > 1 {
				paras = paras[1:]
			}
			c.body = strings.Join(paras, "\n\n") + "\n"
			return c
		}},
		{"undated", func(s storyFile) storyFile {
			c := pickup(s)
			c.date = ""
			return c
		}},
	}
}

// wireHeadline is the headline a pickup prints: the original's behind the outlet's name,
// or, when the original has none, the first sentence of the story cut to ten words (its
// dateline left out).
func wireHeadline(s storyFile) string {
	if s.title != "" {
		return copyOutlet + ": " + s.title
	}
	paras := s.paragraphs()
	if len(paras) == 0 {
		return copyOutlet
	}
	lead := paras[0]
	if _, after, ok := strings.Cut(lead, " -- "); ok && len(lead)-len(after) < 40 {
		lead = after
	}
	if i := strings.Index(lead, ". "); i > 0 {
		lead = lead[:i]
	}
	words := strings.Fields(strings.TrimSuffix(lead, "."))
	return strings.Join(words[:min(10, len(words))], " ")
}

// nextDay is the day after a YYYY-MM-DD date; another date ("" too) stays as it is.
func nextDay(day string) string {
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return d.AddDate(0, 0, 1).Format("2006-01-02")
}

// copyName is the file name of a story's copy: beside the original in input order, and
// not a name the gold knows, so that score.py scores the originals only.
func copyName(file string) string { return strings.TrimSuffix(file, ".txt") + ".copy.txt" }

// linkage counts how a database's contacts tie the original stories to their copies.
type linkage struct {
	contacts, actors int
	// pairs are the (contact, original article) mentions; linked those whose contact the
	// original's copy mentions too; copyPairs the (contact, copy) mentions, and strays those
	// whose contact the copy's original does not mention.
	pairs, linked, copyPairs, strays int
}

// linkageOf counts a database's contacts, actors and the mentions that link originals
// and copies (by file name: a copy's is copyName of its original's).
func linkageOf(t *testing.T, path string) linkage {
	t.Helper()
	d, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	rows, err := d.Query(`select m.contact_id, a.source from contact_mentions m join articles a on a.id = m.article_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	files := map[int64]map[string]bool{}
	for rows.Next() {
		var id int64
		var source string
		if err := rows.Scan(&id, &source); err != nil {
			t.Fatal(err)
		}
		if files[id] == nil {
			files[id] = map[string]bool{}
		}
		files[id][filepath.Base(source)] = true
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	l := linkage{contacts: count(t, path, "contacts"), actors: count(t, path, "actors")}
	for _, fs := range files {
		for f := range fs {
			if orig, ok := strings.CutSuffix(f, ".copy.txt"); ok {
				l.copyPairs++
				if !fs[orig+".txt"] {
					l.strays++
				}
				continue
			}
			l.pairs++
			if fs[copyName(f)] {
				l.linked++
			}
		}
	}
	return l
}

// TestRepublishedTuneMerge imports dev/tune together with a copy of every story as another
// outlet republishes it (republications), and checks issue 7's rule on real text: one
// contact per real event across articles. The copies must add no contact rows and no
// actors to dev/tune's own import, the copies' articles must be linked to the contacts
// their originals tell (republishedFloors), and the originals' score must hold (score.py
// scores the files its gold knows: the copies are not in it). HOTLINE_REPUBLISHED_DIR,
// when set, names a folder that keeps each variant's corpus for study.
func TestRepublishedTuneMerge(t *testing.T) {
	stories, _ := readTuneStories(t)
	base := tuneAlone(t)
	for _, tc := range republications() {
		t.Run(tc.name, func(t *testing.T) {
			base.check(t, tc.name, os.Getenv("HOTLINE_REPUBLISHED_DIR"), mergeFloor(republishedFloors[tc.name]), func(dir string) int {
				for _, s := range stories {
					writeFile(t, dir, s.file, s.frontMatter(s.title)+s.body)
					c := tc.copy(s)
					writeFile(t, dir, copyName(s.file), c.frontMatter(c.title)+c.body)
				}
				return len(stories)
			})
		})
	}
}
