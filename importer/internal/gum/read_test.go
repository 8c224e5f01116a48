package gum_test

import (
	"fmt"
	"strings"
	"testing"

	"hotline/importer/internal/gum"
)

// talks is a made-up document: a first paragraph that repeats its title, then a paragraph
// of two sentences with a multiword token and a word of no space after it, the first
// sentence ending with no space before the second.
func talks(tb testing.TB) string {
	tb.Helper()
	return conllu(tb,
		"# newdoc id = made_up_talks",
		"# meta::title = Envoys meet",
		"# meta::genre = news",
		"# meta::dateCreated = 2026-03-04T09:00",
		"# newpar",
		"1 Envoys NOUN 2 nsubj _",
		"2 meet VERB 0 root _",
		"",
		"# newpar",
		"# newpar_block = p (2 s)",
		"1 Mara PROPN 4 nsubj _",
		"2-3 didn't _ _ _ _",
		"2 did AUX 4 aux _",
		"3 n't PART 4 advmod _",
		"4 rest VERB 0 root SpaceAfter=No",
		"5 . PUNCT 4 punct SpaceAfter=No",
		"",
		`1 " PUNCT 2 punct SpaceAfter=No`,
		"2 Talks NOUN 0 root SpaceAfter=No",
		`3 " PUNCT 2 punct _`,
		"",
		"# newdoc id = made_up_second",
		"1 Envoys NOUN 0 root _",
		"",
	)
}

func TestReadText(t *testing.T) {
	for _, c := range []struct {
		name      string
		o         gum.Options
		text      string
		sentences string // what each sentence prints, "-" when left out
		words     string // what each word prints
	}{
		{
			name:      "title kept",
			text:      "Envoys meet\n\nMara didn't rest.\"Talks\"",
			sentences: "Envoys meet|Mara didn't rest.|\"Talks\"",
			words:     "Envoys|meet|Mara|didn't|didn't|rest|.|\"|Talks|\"",
		},
		{
			name:      "title left out",
			o:         gum.Options{OmitTitle: true},
			text:      "Mara didn't rest.\"Talks\"",
			sentences: "-|Mara didn't rest.|\"Talks\"",
			words:     "-|-|Mara|didn't|didn't|rest|.|\"|Talks|\"",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			docs := read(t, talks(t), c.o)
			if len(docs) != 2 {
				t.Fatalf("%d documents, want 2", len(docs))
			}
			d := docs[0]
			if d.Text != c.text {
				t.Errorf("text %q, want %q", d.Text, c.text)
			}
			var sents, words []string
			for _, s := range d.Sentences {
				sents = append(sents, printed(d, s.Start, s.End))
			}
			for _, w := range d.Tokens {
				words = append(words, printed(d, w.Start, w.End))
			}
			if got := strings.Join(sents, "|"); got != c.sentences {
				t.Errorf("sentences %q, want %q", got, c.sentences)
			}
			if got := strings.Join(words, "|"); got != c.words {
				t.Errorf("words %q, want %q", got, c.words)
			}
			if last := d.Paragraphs[len(d.Paragraphs)-1]; len(d.Paragraphs) != 2 || printed(d, last.Start, last.End) != "Mara didn't rest.\"Talks\"" {
				t.Errorf("paragraphs %+v", d.Paragraphs)
			}
			if docs[1].ID != "made_up_second" || docs[1].Text != "Envoys" || docs[1].Title != "" {
				t.Errorf("second document %+v", docs[1])
			}
		})
	}
}

func TestReadMetadataAndSyntax(t *testing.T) {
	d := read(t, talks(t), gum.Options{})[0]
	for _, c := range []struct {
		name, got, want string
	}{
		{"id", d.ID, "made_up_talks"},
		{"title", d.Title, "Envoys meet"},
		{"genre", d.Genre, "news"},
		{"published, the date of dateCreated", d.Published, "2026-03-04"},
		{"lemma and tag", d.Tokens[3].Lemma + "/" + d.Tokens[3].UPOS, "did/AUX"},
		{"head of a word", d.Tokens[d.Tokens[3].Head].Form, "rest"},
		{"head of the next sentence's word", d.Tokens[d.Tokens[7].Head].Form, "Talks"},
		{"root", fmt.Sprint(d.Tokens[5].Head), "-1"},
		{"sentence of a word", fmt.Sprint(d.Sentences[d.Tokens[8].Sent].Span), "{7 10}"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("%q, want %q", c.got, c.want)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want string
	}{
		{"word before a document", "1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n", "line 1: a word before any # newdoc"},
		{"short line", "# newdoc id = d\n1\tA\ta\n", "line 2: 3 fields, want 10"},
		{"word out of sequence", conllu(t, "# newdoc id = d", "1 A X 0 root _", "3 B X 1 dep _"), `line 3: word id "3" out of sequence`},
		{"head beyond the sentence", conllu(t, "# newdoc id = d", "1 A X 0 root _", "2 B X 3 dep _", ""), "line 4: word 2 has head 3 beyond the sentence"},
		{"date inside a date", conllu(t, "# newdoc id = d", `1 A X 0 root XML=<date when:::"2020"><date when:::"2021">`), "line 2: <date> inside a <date>"},
		{"date closed unopened", conllu(t, "# newdoc id = d", "1 A X 0 root XML=</date>"), "line 2: </date> with no <date>"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := gum.Read(strings.NewReader(c.text), gum.Options{})
			if err == nil || err.Error() != c.want {
				t.Errorf("error %v, want %q", err, c.want)
			}
		})
	}
}

func TestReadSentenceEnds(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
	}{
		{"a blank line after each sentence", []string{"# newdoc id = a", "1 Aa X 0 root _", "", "# newdoc id = b", "1 Bb X 0 root _", ""}},
		{"no blank line before the next document nor at the end", []string{"# newdoc id = a", "1 Aa X 0 root _", "# newdoc id = b", "1 Bb X 0 root _"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			docs := read(t, conllu(t, c.lines...), gum.Options{})
			if len(docs) != 2 {
				t.Fatalf("%d documents, want 2", len(docs))
			}
			for _, d := range docs {
				if len(d.Sentences) != 1 || d.Sentences[0] != (gum.Block{Span: gum.Span{From: 0, To: 1}, Start: 0, End: 2}) {
					t.Errorf("%s: sentences %+v", d.ID, d.Sentences)
				}
			}
		})
	}
}
