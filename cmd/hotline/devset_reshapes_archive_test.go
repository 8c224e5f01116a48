package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"hotline/importer/clean"
)

// The shapes of wire archives (TREC and LDC collections, agency databases from 1987 on):
// paragraphs marked by an indented first line instead of a blank line, typewriter
// quotation marks, a headline in capitals over a dateline with the old wire's dash, the
// day told as "today" and "yesterday", and the line ends of Windows exports.

// indentedWrapped prints paras as wire archives do: no blank lines, each paragraph's first
// line indented by indent, every line hard-wrapped at width less the indent.
func indentedWrapped(paras []string, width int, indent string) string {
	var b strings.Builder
	for _, p := range paras {
		lines := wrapLines(p, width-utf8.RuneCountInString(indent))
		lines[0] = indent + lines[0]
		for _, line := range lines {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

// texQuotes prints text's quotation marks as LaTeX, the treebanks and old wire archives
// do: two backquotes to open and two apostrophes to close a double quotation, one of each
// for a single one (an opening mark after a space, a bracket or a dash, or at the start);
// apostrophes stay, and two of them already printed as a mark are a double mark.
func texQuotes(text string) string {
	return quoteMarks(strings.ReplaceAll(straightQuotes(text), "''", `"`), "([{-", [4]string{"``", "''", "`", "'"})
}

// oldWireLead prints a story's first paragraph as the old wire did: its dateline's place
// in capitals, the agency in parentheses (the story's own, or AP or UPI, picked by n), and
// the underscore dash of old AP copy or UPI's two hyphens. A first paragraph without a
// dateline stays as it is.
func oldWireLead(c *clean.Cleaner, lede string, n int) string {
	dl, rest, ok := c.SplitDateline(lede)
	if !ok {
		return lede
	}
	agency, sep := "AP", "_"
	if n%2 == 1 {
		agency, sep = "UPI", "--"
	}
	if dl.Publisher != "" {
		agency = dl.Publisher
	}
	head := strings.ToUpper(dl.Place)
	if dl.Date != "" {
		head = strings.TrimPrefix(head+", "+dl.Date, ", ")
	}
	return strings.TrimSpace(head+" ("+agency+")") + " " + sep + " " + rest
}

// dayWords matches a day of the week as copy tells the day of a story: "on Tuesday",
// "Tuesday's" or "Tuesday" alone.
var dayWords = regexp.MustCompile(`\b(?:on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)('s)?\b`)

// oldWireDays tells the days of a story dated day as the old wire did: the publication
// date's weekday as "today", the day before's as "yesterday" ("met on Tuesday" -> "met
// today"; "Tuesday's talks" -> "today's talks"). Other days, and a story without a date,
// stay as printed.
func oldWireDays(text, day string) string {
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		return text
	}
	words := map[string]string{d.Weekday().String(): "today", d.AddDate(0, 0, -1).Weekday().String(): "yesterday"}
	return dayWords.ReplaceAllStringFunc(text, func(m string) string {
		sub := dayWords.FindStringSubmatch(m)
		word, ok := words[sub[1]]
		if !ok {
			return m
		}
		return word + sub[2]
	})
}

// storyDay is the day a story's "today" would name: its publication date, or none
// when its dateline gives a day of its own ("LAGOS, January 20 (Xinhua) --"), which the
// story's days count from.
func storyDay(c *clean.Cleaner, s storyFile) string {
	if paras := s.paragraphs(); len(paras) > 0 {
		if dl, _, ok := c.SplitDateline(paras[0]); ok && dl.Date != "" {
			return ""
		}
	}
	return s.date
}

// wireBylines are made-up bylines in the old wire's shape, the reporter's name in
// capitals over the service's line, or none.
var wireBylines = []string{"By ANSEL PORTER\nAssociated Press Writer", "By LINA OKAFOR\nUnited Press International", ""}

// wireArchive prints a story as a wire archive of the late 1980s keeps it: the headline
// in capitals over the story, a byline in capitals (picked by n), the old dateline, days
// as "today" and "yesterday", typewriter quotation marks, old AP's underscore for every
// dash, and indented paragraphs wrapped at 70 columns.
func wireArchive(c *clean.Cleaner, s storyFile, n int) (title, body string) {
	paras := wireParagraphs(c, s, n)
	if by := wireBylines[n%len(wireBylines)]; by != "" {
		paras = append(strings.Split(by, "\n"), paras...)
	}
	head := strings.ToUpper(texQuotes(s.title))
	if head == "" {
		return "", indentedWrapped(paras, 70, "   ")
	}
	return head, head + "\n" + indentedWrapped(paras, 70, "   ")
}

// wireParagraphs are a story's paragraphs as the old wire printed them: the old
// dateline (oldWireLead, picked by n), days as "today" and "yesterday", typewriter
// quotation marks and old AP's underscore for every dash.
func wireParagraphs(c *clean.Cleaner, s storyFile, n int) []string {
	paras := s.paragraphs()
	for i := range paras {
		if i == 0 {
			paras[i] = oldWireLead(c, paras[i], n)
		}
		paras[i] = strings.ReplaceAll(texQuotes(oldWireDays(paras[i], storyDay(c, s))), " -- ", " _ ")
	}
	return paras
}

// trecArchive prints stories as TREC's SGML keeps a year of AP copy: a <DOC> element
// each, its DOCNO holding the day (AP871204-0003; a story without a date gets none), the
// headline in HEAD, bylines in BYLINE elements, and the story in TEXT as the old wire
// printed it (wireParagraphs), paragraphs indented and wrapped at 70 columns.
func trecArchive(c *clean.Cleaner, stories []storyFile) string {
	var b strings.Builder
	for i, s := range stories {
		id := fmt.Sprintf("AP-%04d", i+1)
		if d, err := time.Parse("2006-01-02", s.date); err == nil {
			id = "AP" + d.Format("060102") + fmt.Sprintf("-%04d", i+1)
		}
		fmt.Fprintf(&b, "<DOC>\n<DOCNO> %s </DOCNO>\n<HEAD>%s</HEAD>\n", id, texQuotes(s.title))
		if by := wireBylines[i%len(wireBylines)]; by != "" {
			for line := range strings.SplitSeq(by, "\n") {
				fmt.Fprintf(&b, "<BYLINE>%s</BYLINE>\n", line)
			}
		}
		fmt.Fprintf(&b, "<TEXT>\n%s</TEXT>\n</DOC>\n", indentedWrapped(wireParagraphs(c, s, i), 70, "   "))
	}
	return b.String()
}

// withLineEnds prints text with other line ends: the CRLF of a Windows export, the CR of
// classic Mac OS, or two spaces (Markdown's hard break) before either.
func withLineEnds(text, end string) string {
	return strings.ReplaceAll(text, "\n", end)
}

// lineEnds is shape with every line of the files it writes ended by end (withLineEnds).
func lineEnds(end string, shape reshape) reshape {
	return func(t *testing.T, dir string, stories []storyFile) map[string]string {
		t.Helper()
		names := shape(t, dir, stories)
		done := map[string]bool{}
		for _, name := range names {
			file, _, _ := strings.Cut(name, "#") // a record of an export file
			if done[file] {
				continue
			}
			done[file] = true
			data, err := os.ReadFile(filepath.Join(dir, file))
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, dir, file, withLineEnds(string(data), end))
		}
		return names
	}
}

// archiveReshapes are the variants of TestReshapedTuneScore in the shapes of wire archives
// and Windows exports.
func archiveReshapes() []struct {
	name  string
	shape reshape
} {
	c := clean.New()
	return []struct {
		name  string
		shape reshape
	}{
		{"indented paragraphs at 70", eachTextFile(true, func(_ int, s storyFile) (string, string) {
			return s.title, indentedWrapped(s.paragraphs(), 70, "   ")
		})},
		{"tab-indented paragraphs at 72", eachTextFile(true, func(_ int, s storyFile) (string, string) {
			return s.title, indentedWrapped(s.paragraphs(), 72, "\t")
		})},
		{"typewriter quotes", eachTextFile(true, func(_ int, s storyFile) (string, string) {
			return texQuotes(s.title), texQuotes(s.body)
		})},
		{"old wire lead", eachTextFile(true, func(i int, s storyFile) (string, string) {
			paras := s.paragraphs()
			if len(paras) > 0 {
				paras[0] = oldWireLead(c, paras[0], i)
			}
			head := strings.ToUpper(s.title)
			return head, head + "\n\n" + oldWireDays(strings.Join(paras, "\n\n"), storyDay(c, s)) + "\n"
		})},
		{"wire archive", eachTextFile(true, func(i int, s storyFile) (string, string) { return wireArchive(c, s, i) })},
		{"TREC SGML archive", oneExport("tune.sgml", func(stories []storyFile) string { return trecArchive(c, stories) })},
		{"CRLF wrapped at 72", lineEnds("\r\n", wrappedAt(72, true))},
		{"CR wrapped at 72 without blank lines", lineEnds("\r", wrappedAt(72, false))},
		{"trailing spaces wrapped at 70 without blank lines", lineEnds("  \r\n", wrappedAt(70, false))},
	}
}

func TestArchiveReshapeHelpers(t *testing.T) {
	c := clean.New()
	for _, tc := range []struct {
		name, got, want string
	}{
		{"indented", indentedWrapped([]string{"Finnish President Aino Lahti met Estonian Prime Minister Karl Tamm.", "They talked."}, 30, "   "),
			"   Finnish President Aino\nLahti met Estonian Prime\nMinister Karl Tamm.\n   They talked.\n"},
		{"tab-indented", indentedWrapped([]string{"One two.", "Three."}, 72, "\t"), "\tOne two.\n\tThree.\n"},
		{"typewriter doubles", texQuotes(`“It’s over — for now,” he said of the ‘deal’.`), "``It's over -- for now,'' he said of the `deal'."},
		{"typewriter doubled apostrophes", texQuotes("''Asian diplomacy is marked by understatement,'' he said."), "``Asian diplomacy is marked by understatement,'' he said."},
		{"typewriter straight", texQuotes(`He said: "We won't 'fold'."`), "He said: ``We won't `fold'.''"},
		{"AP lead", oldWireLead(c, "Moscow (Example) -- Russian Foreign Minister Ivan Petrov met his Finnish counterpart.", 0),
			"MOSCOW (Example) _ Russian Foreign Minister Ivan Petrov met his Finnish counterpart."},
		{"UPI lead", oldWireLead(c, "Kabul, Afghanistan -- Afghan President Omar Rahimi met the envoy on Tuesday.", 1),
			"KABUL, AFGHANISTAN (UPI) -- Afghan President Omar Rahimi met the envoy on Tuesday."},
		{"dated lead", oldWireLead(c, "LAGOS, January 20 (Example) -- Former President Ade Bello started a visit to Ghana.", 0),
			"LAGOS, January 20 (Example) _ Former President Ade Bello started a visit to Ghana."},
		{"no dateline", oldWireLead(c, "The talks ended late on Friday.", 0), "The talks ended late on Friday."},
		{"today and yesterday", oldWireDays("Lahti met Tamm on Friday after Thursday's talks and before Monday.", "2026-12-04"),
			"Lahti met Tamm today after yesterday's talks and before Monday."},
		{"undated", oldWireDays("Lahti met Tamm on Friday.", ""), "Lahti met Tamm on Friday."},
		{"archive", archiveBody(c, storyFile{title: "Lahti Meets Tamm", date: "2026-12-04",
			body: "Tallinn (Example) -- Finnish President Aino Lahti met Karl Tamm on Friday.\n\"Good talks -- for now,\" Tamm said.\n"}),
			"LAHTI MEETS TAMM\n   By ANSEL PORTER\n   Associated Press Writer\n   TALLINN (Example) _ Finnish President Aino Lahti met Karl Tamm\ntoday.\n   ``Good talks _ for now,'' Tamm said.\n"},
		{"trec", trecArchive(c, []storyFile{{title: "Lahti Meets Tamm", date: "1987-12-04", body: "Lahti met Tamm on Friday.\n"}}),
			"<DOC>\n<DOCNO> AP871204-0001 </DOCNO>\n<HEAD>Lahti Meets Tamm</HEAD>\n<BYLINE>By ANSEL PORTER</BYLINE>\n" +
				"<BYLINE>Associated Press Writer</BYLINE>\n<TEXT>\n   Lahti met Tamm today.\n</TEXT>\n</DOC>\n"},
		{"windows", withLineEnds("One\ntwo\n", "  \r\n"), "One  \r\ntwo  \r\n"},
		{"classic Mac OS", withLineEnds("One\ntwo\n", "\r"), "One\rtwo\r"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", tc.got, tc.want)
			}
		})
	}
}

// archiveBody is the body wireArchive prints for s, the first story.
func archiveBody(c *clean.Cleaner, s storyFile) string {
	_, body := wireArchive(c, s, 0)
	return body
}
