package clean_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"hotline/importer/clean"
)

// TestUnwrap rejoins made-up hard-wrapped articles and leaves every other kind of text
// as it is.
func TestUnwrap(t *testing.T) {
	c := clean.New()
	cases := []struct {
		name, in, want string
	}{
		{
			name: "blank lines between paragraphs",
			in: "Talks in Vienna\n\n" +
				"The foreign ministers of Austria and Hungary met in Vienna on\n" +
				"Tuesday to discuss the border crossings that were closed last\n" +
				"month, officials said.\n\n" +
				"They agreed that their experts would meet again next week in\n" +
				"Budapest. The crossings may reopen before the winter, according\n" +
				"to a statement.\n",
			want: "Talks in Vienna\n\n" +
				"The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings that were closed last month, officials said.\n\n" +
				"They agreed that their experts would meet again next week in Budapest. The crossings may reopen before the winter, according to a statement.\n",
		},
		{
			name: "a stamped byline over the story without blank lines",
			in: "Annabel Leeworth Published November 05, 2024 | 02:40 PM UTC\n" +
				"Vienna, (Example News) The foreign ministers of Austria and Hungary met\n" +
				"in Vienna on Tuesday to discuss the border crossings that were closed\n" +
				"last month, officials said. They agreed that their experts would meet\n" +
				"again next week in Budapest.\n",
			want: "Annabel Leeworth Published November 05, 2024 | 02:40 PM UTC\n" +
				"Vienna, (Example News) The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings that were closed last month, officials said. They agreed that their experts would meet again next week in Budapest.\n",
		},
		{
			name: "an aside in brackets after a sentence ends its paragraph in text without blank lines",
			in: "The foreign ministers of Austria and Hungary met in Vienna on Tuesday to\n" +
				"discuss the border crossings that were closed. [Press release 4 May 2024]\n" +
				"In Budapest the two ministers agreed that their experts would meet again\n" +
				"next week, and that the crossings might reopen before the winter.\n",
			want: "The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings that were closed. [Press release 4 May 2024]\n" +
				"In Budapest the two ministers agreed that their experts would meet again next week, and that the crossings might reopen before the winter.\n",
		},
		{
			name: "a related story's line of full width over the story without blank lines",
			in: "The foreign ministers of Austria and Hungary met in Vienna on Tuesday to\n" +
				"discuss the border crossings that were closed last month, officials said.\n" +
				"Related Story Hungarian envoy says Vienna is trying to exploit the closures\n" +
				"Austrian Foreign Minister Eva Brandl repeated that the crossings would open\n" +
				"before the winter.\n",
			want: "The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings that were closed last month, officials said.\n" +
				"Related Story Hungarian envoy says Vienna is trying to exploit the closures\n" +
				"Austrian Foreign Minister Eva Brandl repeated that the crossings would open before the winter.\n",
		},
		{
			name: "indented paragraph starts",
			in: "    The foreign ministers of Austria and Hungary met in Vienna\n" +
				"on Tuesday to discuss the border crossings that were closed\n" +
				"last month, officials said.\n" +
				"    They agreed that their experts would meet again next week\n" +
				"in Budapest, and that the crossings might reopen before the\n" +
				"winter.\n",
			want: "    The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings that were closed last month, officials said.\n" +
				"    They agreed that their experts would meet again next week in Budapest, and that the crossings might reopen before the winter.\n",
		},
		{
			name: "indented one-line paragraphs among wrapped ones",
			in: "   Updated\n" +
				"   2 hrs ago\n" +
				"   The ministers of Austria and Hungary shook hands in front of the\n" +
				"Parliament\n" +
				"   Ann EXAMPLE\n" +
				"   The talks lasted three hours.\n" +
				"   The foreign ministers of Austria and Hungary met in Vienna\n" +
				"on Tuesday to discuss the border crossings that were closed\n" +
				"last month, officials said.\n",
			want: "   Updated\n" +
				"   2 hrs ago\n" +
				"   The ministers of Austria and Hungary shook hands in front of the Parliament\n" +
				"   Ann EXAMPLE\n" +
				"   The talks lasted three hours.\n" +
				"   The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings that were closed last month, officials said.\n",
		},
		{
			name: "CRLF line ends",
			in: "The foreign ministers of Austria and Hungary met in Vienna on\r\n" +
				"Tuesday to discuss the border crossings that were closed last\r\n" +
				"month, and agreed that their experts would meet again next\r\n" +
				"week.\r\n",
			want: "The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings that were closed last month, and agreed that their experts would meet again next week.\n",
		},
		{
			name: "hyphen at the end of a line stays",
			in: "The ministers discussed the grain corridor and the Russian-\n" +
				"Ukrainian talks in Vienna on Tuesday, according to a statement\n" +
				"issued after the meeting by the foreign ministry in Budapest,\n" +
				"which gave no details.\n",
			want: "The ministers discussed the grain corridor and the Russian-Ukrainian talks in Vienna on Tuesday, according to a statement issued after the meeting by the foreign ministry in Budapest, which gave no details.\n",
		},
		{
			name: "heading, byline and list items keep their lines",
			in: "Border talks\nBy Ann Example\n\n" +
				"The foreign ministers of Austria and Hungary agreed in Vienna on\n" +
				"Tuesday on the following steps to reopen the border crossings:\n" +
				"- a joint commission of experts that meets every week in Vienna\n" +
				"- a common register of the trucks that cross between Sopron and\n" +
				"Klingenbach, kept by the customs.\n" +
				"The ministers will meet again next month in Budapest, officials\n" +
				"said after the meeting.\n",
			want: "Border talks\nBy Ann Example\n\n" +
				"The foreign ministers of Austria and Hungary agreed in Vienna on Tuesday on the following steps to reopen the border crossings:\n" +
				"- a joint commission of experts that meets every week in Vienna\n" +
				"- a common register of the trucks that cross between Sopron and Klingenbach, kept by the customs.\n" +
				"The ministers will meet again next month in Budapest, officials said after the meeting.\n",
		},
		{
			name: "no blank lines: paragraphs end at sentence ends, not at abbreviations or inside quotes",
			in: "The foreign minister of Hungary met Secretary of State Ann J.\n" +
				"Example in Vienna on Tuesday and talked with Mr. Sample by phone\n" +
				"about the border crossings between the two countries on Monday.\n" +
				"\"We agreed on a great deal. The crossings will reopen next week,\n" +
				"and our experts will meet again,\" the minister told reporters.\n" +
				"The two ministers will meet again next month in Budapest, where\n" +
				"the talks on the grain corridor are to continue, officials said.\n",
			want: "The foreign minister of Hungary met Secretary of State Ann J. Example in Vienna on Tuesday and talked with Mr. Sample by phone about the border crossings between the two countries on Monday.\n" +
				"\"We agreed on a great deal. The crossings will reopen next week, and our experts will meet again,\" the minister told reporters.\n" +
				"The two ministers will meet again next month in Budapest, where the talks on the grain corridor are to continue, officials said.\n",
		},
		{
			name: "a carried-over end of sentence is no credit",
			in: "\"We counter-proposed Saturday, and they accepted,\" the official told\n" +
				"Reuters.\n\n" +
				"The ministers of Austria and Hungary met in Vienna on Tuesday to\n" +
				"discuss the border crossings that were closed last month, the\n" +
				"officials said.\n",
			want: "\"We counter-proposed Saturday, and they accepted,\" the official told Reuters.\n\n" +
				"The ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings that were closed last month, the officials said.\n",
		},
		{
			name: "a staff credit wrapped after a comma stays whole",
			in: "The ministers of Austria and Hungary met in Vienna on Tuesday to\n" +
				"discuss the border crossings that were closed last month, the\n" +
				"officials said.\n\n" +
				"Ann Example reported from Vienna. Bo Sample, Cy Example, Di Sample,\n" +
				"Ed Example and Flo Sample contributed to this report.\n",
			want: "The ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings that were closed last month, the officials said.\n\n" +
				"Ann Example reported from Vienna. Bo Sample, Cy Example, Di Sample, Ed Example and Flo Sample contributed to this report.\n",
		},
		{
			name: "quoted lines of a message stay apart from the reply",
			in: "The ministry forwarded the note of the Austrian embassy, which\n" +
				"said that the foreign ministers would meet in Vienna on Tuesday\n" +
				"and that the crossings would be discussed:\n" +
				"> The meeting of the ministers will take place in Vienna on the\n" +
				"> morning of Tuesday.\n" +
				"Officials in Budapest confirmed the meeting on Monday evening and\n" +
				"said the talks would last for two days.\n",
			want: "The ministry forwarded the note of the Austrian embassy, which said that the foreign ministers would meet in Vienna on Tuesday and that the crossings would be discussed:\n" +
				"> The meeting of the ministers will take place in Vienna on the\n" +
				"> morning of Tuesday.\n" +
				"Officials in Budapest confirmed the meeting on Monday evening and said the talks would last for two days.\n",
		},
		{
			name: "no blank lines, with headings and a credit between the paragraphs",
			in: "Kovacs and Lindqvist meet in Vienna\n" +
				"Anna Ekholm/Example Wire\n" +
				"VIENNA, May 4 (Example Wire) - Hungarian Foreign Minister Anna\n" +
				"Kovacs met Austrian Foreign Minister Peter Lindqvist on Tuesday to\n" +
				"discuss the border crossings closed last month.\n" +
				"- Talks on grain -\n" +
				"The two ministers also discussed grain exports, which Hungary\n" +
				"wants to resume before the winter, officials said.\n" +
				"- Next steps -\n" +
				"They will meet again in Budapest in June, according to a joint\n" +
				"statement issued by both ministries after the talks.\n",
			want: "Kovacs and Lindqvist meet in Vienna\n" +
				"Anna Ekholm/Example Wire\n" +
				"VIENNA, May 4 (Example Wire) - Hungarian Foreign Minister Anna Kovacs met Austrian Foreign Minister Peter Lindqvist on Tuesday to discuss the border crossings closed last month.\n" +
				"- Talks on grain -\n" +
				"The two ministers also discussed grain exports, which Hungary wants to resume before the winter, officials said.\n" +
				"- Next steps -\n" +
				"They will meet again in Budapest in June, according to a joint statement issued by both ministries after the talks.\n",
		},
		{
			name: "no blank lines, a subheading and a related headline over quotations",
			in: "VIENNA, May 4 (Example Wire) - Hungarian Foreign Minister Anna Kovacs\n" +
				"met Austrian Foreign Minister Peter Lindqvist on Tuesday to discuss\n" +
				"the border crossings closed last month.\n" +
				"Kovacs: Crossings will reopen 'before the first snow falls'\n" +
				"\"We agreed that our experts will meet again next week,\" Kovacs told\n" +
				"reporters after the talks in the Austrian capital on Tuesday evening.\n" +
				"list 2 of 3Slovak and Czech ministers meet in Bratislava over rail\n" +
				"\"The crossings are a lifeline for farmers,\" Lindqvist said at a news\n" +
				"conference, adding that the two sides would meet again in June.\n",
			want: "VIENNA, May 4 (Example Wire) - Hungarian Foreign Minister Anna Kovacs met Austrian Foreign Minister Peter Lindqvist on Tuesday to discuss the border crossings closed last month.\n" +
				"Kovacs: Crossings will reopen 'before the first snow falls'\n" +
				"\"We agreed that our experts will meet again next week,\" Kovacs told reporters after the talks in the Austrian capital on Tuesday evening.\n" +
				"list 2 of 3Slovak and Czech ministers meet in Bratislava over rail\n" +
				"\"The crossings are a lifeline for farmers,\" Lindqvist said at a news conference, adding that the two sides would meet again in June.\n",
		},
		{
			name: "no blank lines, a release's header in capitals over its dated line",
			in: "MEDIA RELEASE FOREIGN MINISTER OF EXAMPLELAND ANNA KOVACS\n" +
				"FA12 4 December 2026\n" +
				"Foreign Minister Anna Kovacs visited Vienna on 4 December 2026 to meet\n" +
				"Austrian Foreign Minister Peter Lindqvist and discuss the border\n" +
				"crossings closed last month, the ministry said in a statement issued in\n" +
				"Budapest later that evening.\n",
			want: "MEDIA RELEASE FOREIGN MINISTER OF EXAMPLELAND ANNA KOVACS\n" +
				"FA12 4 December 2026\n" +
				"Foreign Minister Anna Kovacs visited Vienna on 4 December 2026 to meet Austrian Foreign Minister Peter Lindqvist and discuss the border crossings closed last month, the ministry said in a statement issued in Budapest later that evening.\n",
		},
		{
			name: "a wire story printed in capitals joins",
			in: "VIENNA, MAY 4 - THE FOREIGN MINISTERS OF AUSTRIA AND HUNGARY MET IN\n" +
				"VIENNA ON TUESDAY TO DISCUSS THE BORDER CROSSINGS THAT WERE CLOSED\n" +
				"LAST MONTH, OFFICIALS SAID AFTER THE TALKS IN THE AUSTRIAN CAPITAL.\n\n" +
				"THEY AGREED THAT THEIR EXPERTS WOULD MEET AGAIN NEXT WEEK IN BUDAPEST\n" +
				"AND THAT THE CROSSINGS MIGHT REOPEN BEFORE THE WINTER.\n",
			want: "VIENNA, MAY 4 - THE FOREIGN MINISTERS OF AUSTRIA AND HUNGARY MET IN VIENNA ON TUESDAY TO DISCUSS THE BORDER CROSSINGS THAT WERE CLOSED LAST MONTH, OFFICIALS SAID AFTER THE TALKS IN THE AUSTRIAN CAPITAL.\n\n" +
				"THEY AGREED THAT THEIR EXPERTS WOULD MEET AGAIN NEXT WEEK IN BUDAPEST AND THAT THE CROSSINGS MIGHT REOPEN BEFORE THE WINTER.\n",
		},
		{
			name: "a dash after a closing quotation goes on, a dash item after a colon keeps its line",
			in: "VIENNA, May 4 (Example Wire) - Monitors in Vienna published their yearly\n" +
				"report on Tuesday, and its figures drew a sharp response from the ministers.\n" +
				"Officials said more civilians \"were killed in the region in 2025 than in the\n" +
				"two previous years, according to the figures compiled by the monitors\"\n" +
				"– a recorded total of 2,514 – and that the number of attacks had doubled.\n" +
				"The ministers agreed on three steps at their meeting in Vienna on Tuesday:\n" +
				"– to reopen the border crossings before the winter,\n" +
				"– to meet again in Budapest in June.\n",
			want: "VIENNA, May 4 (Example Wire) - Monitors in Vienna published their yearly report on Tuesday, and its figures drew a sharp response from the ministers.\n" +
				"Officials said more civilians \"were killed in the region in 2025 than in the two previous years, according to the figures compiled by the monitors\" – a recorded total of 2,514 – and that the number of attacks had doubled.\n" +
				"The ministers agreed on three steps at their meeting in Vienna on Tuesday:\n" +
				"– to reopen the border crossings before the winter,\n" +
				"– to meet again in Budapest in June.\n",
		},
		{
			name: "an aside under one that closes a line keeps its line",
			in: "VIENNA, May 4 (Example Wire) - The foreign ministers of Austria and Hungary\n" +
				"met in Vienna on Tuesday to discuss the border crossings closed last month.\n" +
				"Foreign Minister Anna Kovacs meets Foreign Minister Peter Lindqvist in Vienna,\n" +
				"capital of Austria, May 4, 2026. (Example Wire/Tomas Brandt)\n" +
				"(Web editor: Lena Holm, Pia Berg)\n",
			want: "VIENNA, May 4 (Example Wire) - The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings closed last month.\n" +
				"Foreign Minister Anna Kovacs meets Foreign Minister Peter Lindqvist in Vienna, capital of Austria, May 4, 2026. (Example Wire/Tomas Brandt)\n" +
				"(Web editor: Lena Holm, Pia Berg)\n",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.Unwrap(tc.in); got != tc.want {
				t.Errorf("Unwrap:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestUnwrapTitled keeps the break after a line that prints the known title, which in text
// without blank lines would otherwise join the first paragraph: the line is as long as a
// wrapped one and does not end a sentence.
func TestUnwrapTitled(t *testing.T) {
	c := clean.New()
	const title = "Kovacs, Lindqvist Vow Closer Ties on Border Crossings and Grain Exports"
	body := title + "\n" +
		"VIENNA, May 4 (Example Wire)--Hungarian Foreign Minister Anna Kovacs and\n" +
		"Austrian Foreign Minister Peter Lindqvist agreed on Tuesday to reopen\n" +
		"the border crossings closed last month, officials said after the talks.\n" +
		"The two ministers will meet again in Budapest in June to discuss grain\n" +
		"exports, according to a joint statement issued by both ministries.\n"
	flowing := "VIENNA, May 4 (Example Wire)--Hungarian Foreign Minister Anna Kovacs and Austrian Foreign Minister Peter Lindqvist agreed on Tuesday to reopen the border crossings closed last month, officials said after the talks.\n" +
		"The two ministers will meet again in Budapest in June to discuss grain exports, according to a joint statement issued by both ministries.\n"
	for _, tc := range []struct{ name, title, want string }{
		{"the title keeps its line", title, title + "\n" + flowing},
		{"in another case and spacing", "kovacs,  lindqvist vow closer ties on border crossings and grain exports", title + "\n" + flowing},
		{"no title joins the line", "", title + " " + flowing},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.UnwrapTitled(tc.title, body); got != tc.want {
				t.Errorf("UnwrapTitled:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestUnwrapKeeps leaves text that is not hard-wrapped byte for byte as it is.
func TestUnwrapKeeps(t *testing.T) {
	c := clean.New()
	para := "The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings that were closed last month, officials said after the talks."
	cases := map[string]string{
		"flowing paragraphs":     strings.Repeat(para+"\n\n", 6),
		"one paragraph per line": strings.Repeat(para+"\r\n", 6),
		"short lines": "Ministry of Foreign Affairs\nPress Office\n12 Example Street\nVienna\n\n" +
			"Contact: press@example.org\nTel: +43 1 000 000\n",
		"verse-like lines": "Who met whom, and when?\nWho called, and why?\nWho said what?\nAnd who wrote it down?\n",
		"wrapped quotation in flowing text": strings.Repeat(para+"\n\n", 4) +
			"He read out the note:\n\"We shall meet again\nin Vienna, in the spring,\nwhen the roads are open.\"\n",
		"empty": "",
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			if got := c.Unwrap(in); got != in {
				t.Errorf("Unwrap changed the text:\n got %q\nwant %q", got, in)
			}
		})
	}
}

// TestCleanWrapped cleans hard-wrapped articles as the same articles printed flowing.
func TestCleanWrapped(t *testing.T) {
	cases := []struct{ name, flowing, wrapped string }{
		{
			name: "a story under a byline",
			flowing: "By Ann Example\n\n" +
				"VIENNA — The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings that were closed last month, officials said.\n\n" +
				"\"We agreed that the crossings should reopen before the winter,\" the Hungarian minister told reporters after the meeting.\n\n" +
				"Support our journalism\n",
			wrapped: "By Ann Example\n\n" +
				"VIENNA — The foreign ministers of Austria and Hungary met in\n" +
				"Vienna on Tuesday to discuss the border crossings that were\n" +
				"closed last month, officials said.\n\n" +
				"\"We agreed that the crossings should reopen before the winter,\"\n" +
				"the Hungarian minister told reporters after the meeting.\n\n" +
				"Support our journalism\n",
		},
		{
			name: "a release's promotion whose address the wrap put on a line of its own",
			flowing: "Releases and speeches are available from the ministry via the internet. https://www.example.gov/\n\n" +
				"The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss the border crossings that were closed last month, and agreed that their experts would meet again in Budapest next week.\n",
			wrapped: "Releases and speeches are available from the ministry via the internet.\n" +
				"https://www.example.gov/\n\n" +
				"The foreign ministers of Austria and Hungary met in Vienna on Tuesday\n" +
				"to discuss the border crossings that were closed last month, and agreed\n" +
				"that their experts would meet again in Budapest next week.\n",
		},
	}
	c := clean.New()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want, got := c.Clean(tc.flowing), c.Clean(tc.wrapped)
			if got.Text != want.Text || got.Byline != want.Byline || got.Dateline != want.Dateline {
				t.Errorf("wrapped article cleaned to\n%q (byline %q, dateline %q), want\n%q (byline %q, dateline %q)",
					got.Text, got.Byline, got.Dateline, want.Text, want.Byline, want.Dateline)
			}
		})
	}
}

// FuzzUnwrap checks that no text makes Unwrap panic and that it only ever changes the
// space between words: with every space taken out, what it returns is what it was given.
func FuzzUnwrap(f *testing.F) {
	for _, s := range []string{
		"The ministers of Austria and Hungary met in Vienna on Tuesday to\ndiscuss the border\ncrossings that were closed last month, the officials said in a\nstatement.\n",
		"a-\nb c-\n-d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h\ni j k l m n o p q\r\nr s t u v w x y z.\n  x\n",
		"", "\n\n", "-\n-\n-\n",
	} {
		f.Add(s)
	}
	c := clean.New()
	noSpace := func(s string) string {
		return strings.Join(strings.Fields(s), "")
	}
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return
		}
		got := c.Unwrap(body)
		if !utf8.ValidString(got) {
			t.Fatalf("Unwrap returned invalid UTF-8 for %q", body)
		}
		if noSpace(got) != noSpace(body) {
			t.Fatalf("Unwrap changed more than spaces:\n got %q\nfrom %q", got, body)
		}
	})
}
