package importer_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// generateArticles writes n made-up articles into dir, each about a phone call or meeting
// between two invented officials, with a quote, padded to a few kilobytes like real news.
func generateArticles(tb testing.TB, dir string, n int) {
	tb.Helper()
	first := []string{"Ilse", "Tomas", "Marta", "Oren", "Lucia", "Pavel", "Nadia", "Quentin", "Rosa", "Sven"}
	last := []string{"Arveld", "Brennick", "Castell", "Dorsan", "Elvin", "Faraday", "Gorsky", "Hallam", "Imrie", "Jorvik"}
	offices := []string{"Foreign Minister", "Defence Minister", "Prime Minister", "President"}
	modes := []string{"spoke by phone with", "met", "held a video call with", "talked to"}
	for i := range n {
		a := first[i%len(first)] + " " + last[(i/3)%len(last)]
		b := first[(i+4)%len(first)] + " " + last[(i/7+5)%len(last)]
		day := 1 + i%28
		var body strings.Builder
		fmt.Fprintf(&body, "%s %s %s %s on Monday, officials said.\n\n", offices[i%len(offices)], a, modes[i%len(modes)], b)
		fmt.Fprintf(&body, "\"We discussed the situation at length and agreed to stay in touch,\" %s told reporters.\n\n", a)
		for p := range 12 {
			fmt.Fprintf(&body, "Paragraph %d of story %d repeats the background: talks on trade, borders and energy continued "+
				"through the week, with delegations meeting in the capital and advisers exchanging drafts late into the night.\n\n", p, i)
		}
		name := filepath.Join(dir, fmt.Sprintf("gen-%05d.md", i))
		writeFile(tb, name, story(fmt.Sprintf("%s and %s talk (%d)", a, b, i), fmt.Sprintf("2023-03-%02d", day), body.String()))
	}
}
