package main_test

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// storyFile is one article of the development set split into its front matter's fields
// and its body, so that a reshaping can print them the way another export would.
type storyFile struct {
	file, title, date, url, source, body string
}

// paragraphs returns the body's lines with text: the dev set prints one paragraph a line.
func (s storyFile) paragraphs() []string {
	var out []string
	for line := range strings.SplitSeq(s.body, "\n") {
		if strings.TrimSpace(line) != "" {
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}

// wrapLines cuts a paragraph into lines of at most width columns at spaces, as e-mail
// clients, wire archives and PDF exports print copy. A word longer than width stays whole.
func wrapLines(para string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(para) {
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

// hardWrapped prints paras wrapped at width, a blank line between paragraphs or none (the
// paragraphs then show only by the short line that ends each).
func hardWrapped(paras []string, width int, blankLines bool) string {
	var b strings.Builder
	for i, p := range paras {
		if i > 0 && blankLines {
			b.WriteByte('\n')
		}
		for _, line := range wrapLines(p, width) {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

// scraperDate prints a YYYY-MM-DD publication date in one of the shapes scrapers store
// (RFC 1123, AP style with a US zone, ISO 8601 with an offset, Unix seconds), picked by n.
func scraperDate(day string, n int) any {
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	switch n % 4 {
	case 0:
		return d.Add(10*time.Hour + 31*time.Minute).Format(time.RFC1123)
	case 1:
		est := time.FixedZone("EST", -5*3600)
		t := time.Date(d.Year(), d.Month(), d.Day(), 17, 3, 0, 0, est)
		month := t.Format("Jan.")
		if len(t.Month().String()) <= 4 {
			month = t.Month().String() // AP spells out March, April, May, June and July
		}
		return fmt.Sprintf("%s %d, %d %s EST", month, t.Day(), t.Year(), t.Format("3:04 PM"))
	case 2:
		return time.Date(d.Year(), d.Month(), d.Day(), 9, 15, 0, 0, time.FixedZone("", 5*3600+1800)).Format(time.RFC3339)
	default:
		return d.Add(12 * time.Hour).Unix()
	}
}

// jsonLinesExport prints stories as a scraper's JSON Lines: headline, content, pubDate and
// link, no outlet name. A story without a date has no pubDate.
func jsonLinesExport(stories []storyFile, body func(storyFile) string) string {
	var b strings.Builder
	for i, s := range stories {
		rec := map[string]any{"headline": s.title, "content": body(s), "link": s.url}
		if s.date != "" {
			rec["pubDate"] = scraperDate(s.date, i)
		}
		line, err := json.Marshal(rec)
		if err != nil {
			panic(err) // strings and numbers always marshal
		}
		b.Write(append(line, '\n'))
	}
	return b.String()
}

// csvExport prints stories as a spreadsheet export: Title, Body, Published, URL.
func csvExport(stories []storyFile) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write([]string{"Title", "Body", "Published", "URL"})
	for i, s := range stories {
		date := ""
		if s.date != "" {
			date = fmt.Sprint(scraperDate(s.date, i+1))
		}
		_ = w.Write([]string{s.title, strings.Join(s.paragraphs(), "\n\n"), date, s.url})
	}
	w.Flush()
	return b.String()
}

// htmlEntities writes characters as the entities a CMS's rendered HTML carries.
var htmlEntities = strings.NewReplacer("&", "&amp;", "’", "&#8217;", "‘", "&#8216;", "“", "&#8220;",
	"”", "&#8221;", "—", "&mdash;", "–", "&#8211;", "<", "&lt;", ">", "&gt;", "é", "&eacute;")

// htmlBody prints paragraphs as a naive scraper keeps a CMS's HTML: <p> elements on one
// line, or lines broken by <br />; entities for punctuation; a &nbsp; inside some
// paragraphs and as an empty paragraph; a link around the first words of some.
func htmlBody(paras []string, breaks bool) string {
	var b strings.Builder
	for i, p := range paras {
		p = htmlEntities.Replace(p)
		words := strings.Split(p, " ")
		if len(words) > 6 && i%2 == 1 {
			words[3] += "&nbsp;" + words[4]
			words = append(words[:4], words[5:]...)
		}
		if len(words) > 6 && i%3 == 2 {
			words[0] = `<a href="https://www.example.com/topic/world">` + words[0]
			words[2] += "</a>"
		}
		p = strings.Join(words, " ")
		switch {
		case breaks:
			b.WriteString(p + "<br /><br />")
		case i%4 == 3:
			b.WriteString("<p>&nbsp;</p><p>" + p + "</p>")
		default:
			b.WriteString("<p>" + p + "</p>")
		}
	}
	return b.String()
}

// markdownBody prints paragraphs as an HTML-to-Markdown converter does (readability and
// reader services): the headline as a heading, links around some paragraphs' first words,
// bold ones elsewhere, and a picture's line under the first paragraph.
func markdownBody(title string, paras []string) string {
	var out []string
	if title != "" {
		out = append(out, "# "+title)
	}
	for i, p := range paras {
		words := strings.Split(p, " ")
		if len(words) > 6 {
			switch i % 4 {
			case 1:
				words[0] = "[" + words[0]
				words[1] += "](https://www.example.com/topic/world)"
			case 2:
				words[0] = "**" + words[0]
				words[1] += "**"
			}
		}
		out = append(out, strings.Join(words, " "))
		if i == 0 {
			out = append(out, "![The delegations before the talks](https://www.example.com/photos/talks.jpg)")
		}
	}
	return strings.Join(out, "\n\n") + "\n"
}

// headlineAndDate prints the lines a page-to-text scraper keeps over a story: the
// headline, and under it the publication date in one of a site's shapes (picked by n), each
// followed by a blank line. A story without a headline or a date has no such line.
func headlineAndDate(s storyFile, n int) string {
	var b strings.Builder
	if s.title != "" {
		b.WriteString(s.title + "\n\n")
	}
	if d, err := time.Parse("2006-01-02", s.date); err == nil {
		switch n % 3 {
		case 0:
			b.WriteString("Published: " + d.Format("2 January 2006") + "\n\n")
		case 1:
			b.WriteString(d.Format("January 2, 2006") + " 10:31 AM ET\n\n")
		default:
			b.WriteString("Updated " + d.Format("Mon 2 Jan 2006") + " 09.15 GMT\n\n")
		}
	}
	return b.String()
}

// straightQuotes prints text as a plain-ASCII export does: straight quotes and
// apostrophes, two hyphens for a dash.
func straightQuotes(text string) string {
	return strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "—", "--", "–", "-").Replace(text)
}

// curlyQuotes prints text as a word processor does: curly quotes and apostrophes (an
// opening one after a space, a bracket or a dash, or at the start), em dashes for " -- ".
func curlyQuotes(text string) string {
	return quoteMarks(strings.ReplaceAll(text, " -- ", " — "), "([{—-", [4]string{"“", "”", "‘", "’"})
}

// quoteMarks prints the straight marks of text in another typography: marks holds the
// opening and the closing double mark, then the opening and the closing single one. A
// mark opens after a space or one of openers, or at the start.
func quoteMarks(text, openers string, marks [4]string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range text {
		opening := unicode.IsSpace(prev) || strings.ContainsRune(openers, prev)
		switch {
		case r == '"' && opening:
			b.WriteString(marks[0])
		case r == '"':
			b.WriteString(marks[1])
		case r == '\'' && opening:
			b.WriteString(marks[2])
		case r == '\'':
			b.WriteString(marks[3])
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// furnitureSets are made-up page furniture in the shapes news sites print around a story:
// an advertisement label, a photo and its credit, a share bar, a read-more link, a
// newsletter appeal and a related-stories list whose headlines name people.
var furnitureSets = []struct {
	advert, photo, share, readMore, newsletter string
	related                                    []string
}{
	{
		advert: "Advertisement", photo: "Delegations gather before the talks. Photo: Ansel Porter/Harbour Wire",
		share: "Share this article", readMore: "Read more: Coastal states sign fisheries pact after late-night talks",
		newsletter: "Sign up for our daily briefing newsletter to get the top stories in your inbox.",
		related: []string{"Related", "Finance ministers meet in Lisbon to discuss debt relief",
			"Opposition leader Tomas Brandt calls for early elections", "Floods displace thousands in river delta"},
	},
	{
		advert: "ADVERTISEMENT", photo: "(Photo by Lina Okafor / Meridian Press)",
		share: "Share on Facebook Share on X Copy link", readMore: "READ MORE: Senator Hale says trade deal 'dead on arrival'",
		newsletter: "Get our World Briefing newsletter, free every weekday morning. Subscribe here.",
		related: []string{"Related stories", "President Ruiz hosts Gulf envoys as oil talks stall",
			"Analysis: What the border deal means for farmers", "Watch: Protesters march on parliament"},
	},
	{
		advert: "Story continues below advertisement", photo: "Image credit: Teodor Varga/Northwind Images",
		share: "Share", readMore: "Read more: Minister Adebayo Cole to visit Nairobi next month",
		newsletter: "Sign up to The Diplomatic Pouch, our weekly newsletter on foreign affairs.",
		related: []string{"More on this story", "Premier Hoang and Chancellor Weiss agree on climate fund",
			"Fact check: Claims about the aid convoy", "Live: Ministers gather for security forum"},
	},
}

// withFurniture prints paragraphs with page furniture between and after them, the set
// picked by n: an advert after the first paragraph, a photo credit and a share bar after
// the second, a read-more link halfway, a newsletter appeal and a related list at the end.
func withFurniture(paras []string, n int) string {
	f := furnitureSets[n%len(furnitureSets)]
	var out []string
	for i, p := range paras {
		out = append(out, p)
		switch i {
		case 0:
			out = append(out, f.advert)
		case 1:
			out = append(out, f.photo, f.share)
		case len(paras) / 2:
			if i > 1 {
				out = append(out, f.readMore)
			}
		}
	}
	out = append(out, f.newsletter)
	out = append(out, f.related...)
	return strings.Join(out, "\n\n") + "\n"
}

func TestReshapeHelpers(t *testing.T) {
	paras := []string{
		"Finnish President Aino Lahti met Estonian Prime Minister Karl Tamm in Tallinn on Tuesday.",
		"“We agreed to keep the ferry link open,” Lahti told reporters — and Tamm nodded.",
	}
	for _, tc := range []struct {
		name, got, want string
	}{
		{"wrapped with blank lines", hardWrapped(paras[:1], 40, true),
			"Finnish President Aino Lahti met\nEstonian Prime Minister Karl Tamm in\nTallinn on Tuesday.\n"},
		{"wrapped without blank lines", hardWrapped([]string{"One two three.", "Four five."}, 9, false),
			"One two\nthree.\nFour\nfive.\n"},
		{"wrapped paragraphs apart", hardWrapped([]string{"One two.", "Four."}, 72, true), "One two.\n\nFour.\n"},
		{"rfc 1123", fmt.Sprint(scraperDate("2026-12-04", 0)), "Fri, 04 Dec 2026 10:31:00 UTC"},
		{"AP style", fmt.Sprint(scraperDate("2026-12-04", 1)), "Dec. 4, 2026 5:03 PM EST"},
		{"AP spells out June", fmt.Sprint(scraperDate("2026-06-04", 1)), "June 4, 2026 5:03 PM EST"},
		{"ISO with an offset", fmt.Sprint(scraperDate("2026-12-04", 2)), "2026-12-04T09:15:00+05:30"},
		{"Unix seconds", fmt.Sprint(scraperDate("2026-12-04", 3)), "1796385600"},
		{"no date", fmt.Sprint(scraperDate("", 3)), ""},
		{"json lines", jsonLinesExport([]storyFile{{title: "Talks", date: "2026-12-04", url: "https://example.com/a", body: "Text."}},
			func(s storyFile) string { return s.body }),
			`{"content":"Text.","headline":"Talks","link":"https://example.com/a","pubDate":"Fri, 04 Dec 2026 10:31:00 UTC"}` + "\n"},
		{"csv", csvExport([]storyFile{{title: "Talks", url: "u", body: "One.\nTwo, three."}}),
			"Title,Body,Published,URL\nTalks,\"One.\n\nTwo, three.\",,u\n"},
		{"html paragraphs", htmlBody(paras, false),
			"<p>Finnish President Aino Lahti met Estonian Prime Minister Karl Tamm in Tallinn on Tuesday.</p>" +
				"<p>&#8220;We agreed to keep&nbsp;the ferry link open,&#8221; Lahti told reporters &mdash; and Tamm nodded.</p>"},
		{"html breaks", htmlBody([]string{"Talks & trade in Tallinn: a deal."}, true),
			"Talks &amp; trade in Tallinn: a deal.<br /><br />"},
		{"markdown", markdownBody("Talks", []string{"One.", "Finnish President Aino Lahti met Estonian Prime Minister Karl Tamm.", "Finnish President Aino Lahti met Estonian Prime Minister Karl Tamm."}),
			"# Talks\n\nOne.\n\n![The delegations before the talks](https://www.example.com/photos/talks.jpg)\n\n" +
				"[Finnish President](https://www.example.com/topic/world) Aino Lahti met Estonian Prime Minister Karl Tamm.\n\n" +
				"**Finnish President** Aino Lahti met Estonian Prime Minister Karl Tamm.\n"},
		{"headline and date", headlineAndDate(storyFile{title: "Talks", date: "2026-12-04"}, 0), "Talks\n\nPublished: 4 December 2026\n\n"},
		{"US date line", headlineAndDate(storyFile{title: "Talks", date: "2026-12-04"}, 1), "Talks\n\nDecember 4, 2026 10:31 AM ET\n\n"},
		{"British updated line", headlineAndDate(storyFile{date: "2026-12-04"}, 2), "Updated Fri 4 Dec 2026 09.15 GMT\n\n"},
		{"straight", straightQuotes(paras[1]), `"We agreed to keep the ferry link open," Lahti told reporters -- and Tamm nodded.`},
		{"curly", curlyQuotes(`"It's over -- for now," he said of the 'deal'.`), "“It’s over — for now,” he said of the ‘deal’."},
		{"furniture", withFurniture([]string{"One.", "Two.", "Three.", "Four."}, 0),
			"One.\n\nAdvertisement\n\nTwo.\n\nDelegations gather before the talks. Photo: Ansel Porter/Harbour Wire\n\n" +
				"Share this article\n\nThree.\n\nRead more: Coastal states sign fisheries pact after late-night talks\n\nFour.\n\n" +
				"Sign up for our daily briefing newsletter to get the top stories in your inbox.\n\nRelated\n\n" +
				"Finance ministers meet in Lisbon to discuss debt relief\n\nOpposition leader Tomas Brandt calls for early elections\n\n" +
				"Floods displace thousands in river delta\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", tc.got, tc.want)
			}
		})
	}
}
