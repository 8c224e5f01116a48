package gum_test

import (
	"os"
	"path/filepath"
	"testing"

	"hotline/importer/internal/gum"
)

// udDir is where the treebanks sit: the shared/ folder beside the repository.
const udDir = "../../../../shared/ud"

// TestTreebank reads GUM's files with the title kept and left out, and checks that the
// two texts differ by the title paragraph alone and that every word and date is placed
// where it is printed. It skips without the treebank.
func TestTreebank(t *testing.T) {
	for _, part := range []string{"train", "test"} {
		t.Run(part, func(t *testing.T) {
			path := filepath.Join(udDir, "en_gum-news-ccby-"+part+".conllu")
			kept, err := gum.Load(path, gum.Options{})
			if os.IsNotExist(err) {
				t.Skip("no GUM treebank:", err)
			}
			if err != nil {
				t.Fatal(err)
			}
			left, err := gum.Load(path, gum.Options{OmitTitle: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(kept) == 0 || len(kept) != len(left) {
				t.Fatalf("%d documents with the title, %d without", len(kept), len(left))
			}
			for i, d := range kept {
				if body := left[i].Text; body != d.Text && d.Text != d.Title+"\n\n"+body {
					t.Errorf("%s: the title left out changes more than the title", d.ID)
				}
				placed(t, d)
				placed(t, left[i])
			}
		})
	}
}

// placed checks that each word of d is printed where it is placed (a word of a multiword
// token, which shares its offsets with a neighbour, prints the token's form), and each
// date's text likewise.
func placed(tb testing.TB, d gum.Doc) {
	tb.Helper()
	for k, w := range d.Tokens {
		if w.Start < 0 {
			continue
		}
		shared := func(j int) bool { return j >= 0 && j < len(d.Tokens) && d.Tokens[j].Start == w.Start }
		if p := printed(d, w.Start, w.End); p != w.Form && !shared(k-1) && !shared(k+1) {
			tb.Errorf("%s: word %d %q printed as %q", d.ID, k, w.Form, p)
			return
		}
	}
	for _, g := range d.Dates {
		if g.Start >= 0 && printed(d, g.Start, g.End) != g.Text {
			tb.Errorf("%s: date %q printed as %q", d.ID, g.Text, printed(d, g.Start, g.End))
			return
		}
	}
}
