package importer_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hotline/importer"
	"hotline/seeds"
)

// wrappedStories are made-up articles with the shapes hard wrapping breaks: a headline
// and a byline over the story, a two-line paragraph, continuations that start with a
// capital letter, a hyphenated compound and quotes.
var wrappedStories = map[string]string{
	"made_up_talks.txt": `Kovacs and Lindqvist meet in Vienna over border crossings

By Example Staff

VIENNA — Hungarian Foreign Minister Anna Kovacs met Austrian Foreign Minister Peter Lindqvist in Vienna on Tuesday to discuss the reopening of the border crossings closed last month.

"We agreed that the crossings should reopen before the winter, and that our experts will meet again next week," Kovacs told reporters after the meeting.

Lindqvist said Austria Hungary Slovenia and Croatia would also discuss the Russian-Ukrainian grain corridor.

The two ministers spoke by phone on Friday.
`,
	"made_up_call.txt": `Tanaka calls Moreau about the summit

Japanese Prime Minister Hiroshi Tanaka spoke by phone with French President Claire Moreau on Monday, the Japanese Foreign Ministry said in a statement issued in Tokyo later that evening.

"Japan and France share the view that the summit in Geneva must produce an agreement on maritime security," Tanaka said, according to the statement.

Moreau told Tanaka that France was ready to host a follow-up meeting of foreign ministers in Paris in the spring, the ministry said.
`,
}

// wrapStyle is one way of printing an article hard-wrapped.
type wrapStyle struct {
	width   int
	indent  bool // paragraphs start with an indented line instead of after a blank line
	crlf    bool
	hyphens bool // a line may also break after the hyphen of a compound
	goal    int  // a line ends once it is this long, with room left or not (as fmt fills)
}

// TestImportHardWrapped imports the sample articles and made-up ones as they are and
// hard-wrapped at several widths and styles: extraction must find the same actors,
// contacts and quotes in both, because wrapping is only how the copy was printed.
func TestImportHardWrapped(t *testing.T) {
	flowing := wrappedCorpus(t)
	cases := []struct {
		name  string
		style wrapStyle
	}{
		{"blank lines at 60", wrapStyle{width: 60}},
		{"blank lines at 66", wrapStyle{width: 66}},
		{"blank lines at 72", wrapStyle{width: 72}},
		{"blank lines at 76", wrapStyle{width: 76}},
		{"indented at 66", wrapStyle{width: 66, indent: true}},
		{"indented at 72", wrapStyle{width: 72, indent: true}},
		{"CRLF at 70", wrapStyle{width: 70, crlf: true}},
		{"hyphen breaks at 60", wrapStyle{width: 60, hyphens: true}},
		{"filled to 62 of 72", wrapStyle{width: 72, goal: 62}},
		{"filled to 55 of 66 without blank lines", wrapStyle{width: 66, goal: 55, indent: true}},
	}
	// The indented cases compare with the same articles indented but not wrapped: what is
	// tested is the wrapping, not the lack of blank lines.
	want := map[bool]map[string][]string{
		false: extractFacts(t, flowing),
		true:  extractFacts(t, restyle(flowing, wrapStyle{indent: true})),
	}
	if n := len(want[false]); n != len(flowing) {
		t.Fatalf("flowing corpus: facts for %d articles, want %d", n, len(flowing))
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := extractFacts(t, restyle(flowing, tc.style))
			for name, w := range want[tc.style.indent] {
				if g := got[name]; !slices.Equal(g, w) {
					t.Errorf("%s:\n got %q\nwant %q", name, g, w)
				}
			}
		})
	}
}

// TestImportHardWrappedJSONL imports a made-up story from JSON Lines, flowing and
// hard-wrapped in two files: the body of a record is rejoined as a text file's is.
func TestImportHardWrappedJSONL(t *testing.T) {
	// Two-line paragraphs whose second line starts with a capital: the shapes the
	// cleaner's own joining of wrapped blocks leaves apart.
	body := "Hungarian Foreign Minister Anna Kovacs spoke by phone with Slovak Foreign Minister Jan Horak on Wednesday, her ministry said.\n\n" +
		"\"We will open the crossings together before the winter,\" Kovacs told Horak, the ministry said."
	record := func(text string) string {
		b, err := json.Marshal(map[string]string{"title": "Talks in Vienna", "text": text})
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	for _, width := range []int{60, 66} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			wrapped := restyle(map[string]string{"w": body}, wrapStyle{width: width})["w"]
			if wrapped == body {
				t.Fatal("the story did not wrap")
			}
			facts := extractFacts(t, map[string]string{"flowing.jsonl": record(body), "wrapped.jsonl": record(wrapped)})
			want, got := facts["flowing.jsonl#1"], facts["wrapped.jsonl#1"]
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("wrapped record:\n got %q\nwant %q", got, want)
			}
		})
	}
}

// TestHardWrapHelper checks the test's own wrapper: no line past the width, and the
// words unchanged.
func TestHardWrapHelper(t *testing.T) {
	text := "Alpha beta gamma-delta epsilon zeta eta theta iota kappa lambda mu."
	for _, style := range []wrapStyle{{width: 20}, {width: 20, hyphens: true}} {
		got := hardWrap(text, style)
		for line := range strings.SplitSeq(got, "\n") {
			if len(line) > style.width {
				t.Errorf("line %q longer than %d", line, style.width)
			}
		}
		if strings.Count(got, "\n") < 2 {
			t.Errorf("%q: not wrapped", got)
		}
		joined := strings.ReplaceAll(strings.ReplaceAll(got, "-\n", "-"), "\n", " ")
		if joined != text {
			t.Errorf("rejoined %q, want %q", joined, text)
		}
	}
}

// wrappedCorpus returns the sample articles and the made-up ones, by file name.
func wrappedCorpus(tb testing.TB) map[string]string {
	tb.Helper()
	files := maps.Clone(wrappedStories)
	entries, err := fs.ReadDir(seeds.FS, ".")
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			b, err := fs.ReadFile(seeds.FS, e.Name())
			if err != nil {
				tb.Fatal(err)
			}
			files[e.Name()] = string(b)
		}
	}
	return files
}

// restyle prints every article of files in style.
func restyle(files map[string]string, style wrapStyle) map[string]string {
	out := make(map[string]string, len(files))
	for name, text := range files {
		var paras []string
		for line := range strings.SplitSeq(text, "\n") {
			if strings.TrimSpace(line) == "" {
				if !style.indent {
					paras = append(paras, "")
				}
				continue
			}
			if style.indent {
				line = "    " + strings.TrimSpace(line)
			}
			paras = append(paras, hardWrap(line, style))
		}
		body := strings.Join(paras, "\n")
		if style.crlf {
			body = strings.ReplaceAll(body, "\n", "\r\n")
		}
		out[name] = body
	}
	return out
}

// hardWrap breaks one paragraph into lines of at most style.width runes at spaces (and
// after hyphens between letters when style.hyphens), keeping its indentation; with a goal,
// a line ends as soon as it reaches the goal. A width of zero leaves it whole.
func hardWrap(para string, style wrapStyle) string {
	if style.width == 0 {
		return para
	}
	lead := para[:len(para)-len(strings.TrimLeft(para, " "))]
	var words []string // pieces, each ending where a break may go; "" before a space
	for i, w := range strings.Fields(para) {
		if i > 0 {
			words = append(words, "")
		}
		for style.hyphens {
			k := strings.Index(w, "-")
			if k <= 0 || k == len(w)-1 {
				break
			}
			words, w = append(words, w[:k+1]), w[k+1:]
		}
		words = append(words, w)
	}
	var lines []string
	line := lead
	for i := 0; i < len(words); i++ {
		piece, space := words[i], ""
		if piece == "" {
			piece, space = words[i+1], " "
			i++
		}
		full := len([]rune(line+space+piece)) > style.width || style.goal > 0 && len([]rune(line)) >= style.goal
		if full && strings.TrimSpace(line) != "" {
			lines, line = append(lines, line), piece
			continue
		}
		line += space + piece
	}
	return strings.Join(append(lines, line), "\n")
}

// extractFacts imports files and returns, by file name, what extraction found in each
// article: its actors, its contacts with their participants, and its quotes with their
// speakers, sorted; offsets are left out since wrapping moves them.
func extractFacts(tb testing.TB, files map[string]string) map[string][]string {
	tb.Helper()
	path, _ := importEach(tb, importer.Options{Version: "test"}, files)
	raw := rawDB(tb, path)
	facts := map[string][]string{}
	queries := []string{
		`SELECT a.source, 'actor ' || x.name FROM article_actors aa
			JOIN articles a ON a.id = aa.article_id JOIN actors x ON x.id = aa.actor_id`,
		`SELECT a.source, 'contact ' || c.mode || ' ' || c.status || ' ' || ifnull(c.date, '-') || ' ' ||
			(SELECT group_concat(name, ', ') FROM (SELECT x.name FROM contact_participants p
				JOIN actors x ON x.id = p.actor_id WHERE p.contact_id = c.id ORDER BY x.name))
			FROM contact_mentions m JOIN contacts c ON c.id = m.contact_id JOIN articles a ON a.id = m.article_id`,
		`SELECT a.source, 'quote ' || ifnull(x.name, '-') || ': ' || q.text FROM quotes q
			JOIN articles a ON a.id = q.article_id LEFT JOIN actors x ON x.id = q.speaker_id`,
	}
	for _, q := range queries {
		for _, row := range queryRows(tb, raw, q) {
			source, fact, _ := strings.Cut(row, "|")
			name := filepath.Base(source)
			facts[name] = append(facts[name], fact)
		}
	}
	for _, f := range facts {
		slices.Sort(f)
	}
	return facts
}
