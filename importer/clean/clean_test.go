package clean_test

import (
	"strings"
	"testing"

	"hotline/importer/clean"
)

// story is a paragraph of made-up news that no rule should touch.
const story = "The two foreign ministers spoke by telephone on Monday about the border dispute."

// cleanCase is one made-up body, the story expected from it and the rules expected to
// have fired, in order.
type cleanCase struct {
	name  string
	in    string
	want  string
	rules []string
}

// runCases cleans every case with one Cleaner and compares text and rules.
func runCases(t *testing.T, cases []cleanCase) {
	t.Helper()
	c := clean.New()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := c.Clean(tc.in)
			if got.Text != tc.want {
				t.Errorf("text:\n got %q\nwant %q", got.Text, tc.want)
			}
			if rules := ruleNames(got); strings.Join(rules, ",") != strings.Join(tc.rules, ",") {
				t.Errorf("rules = %v, want %v (removed %q)", rules, tc.rules, got.Removed)
			}
		})
	}
}

func ruleNames(r clean.Result) []string {
	var names []string
	for _, x := range r.Removed {
		names = append(names, x.Rule)
	}
	return names
}

func TestNormalize(t *testing.T) {
	runCases(t, []cleanCase{
		{"blank lines collapse", "  First line.  \n\n\n\nSecond line.\u00a0\n", "First line.\n\nSecond line.", nil},
		{"one paragraph per line", "First line.\nSecond line.", "First line.\n\nSecond line.", nil},
		{"crlf", "First line.\r\n\r\nSecond line.\r\n", "First line.\n\nSecond line.", nil},
		{"lower-case continuation joins", "The talks went on\nfor hours.", "The talks went on for hours.", nil},
		{"blank line mid-sentence joins", "The new powers address the shortcomings of\n\nAfghan security forces.", "The new powers address the shortcomings of Afghan security forces.", nil},
		{"line ending on a noun stays apart", "Talks in the capital\n\nForces on alert.", "Talks in the capital\n\nForces on alert.", nil},
		{"hard-wrapped block joins", "The foreign ministers of the two countries spoke\nby telephone on Monday, according to officials\nin both capitals, who gave few details of what\nwas said.",
			"The foreign ministers of the two countries spoke by telephone on Monday, according to officials in both capitals, who gave few details of what was said.", nil},
		{"quotes and dashes kept exactly", "“It’s vital,” she said — twice -- and ‘quietly’.", "“It’s vital,” she said — twice -- and ‘quietly’.", nil},
		{"empty", " \n\n ", "", nil},
	})
}

func TestBylineAndReadTime(t *testing.T) {
	runCases(t, []cleanCase{
		{"byline", "By Jane Doe\n\n" + story, story, []string{"byline"}},
		{"two authors in capitals", "By JANE DOE and JOHN ROE\n" + story, story, []string{"byline"}},
		{"byline with agency", "By Jane Doe, Reuters\n" + story, story, []string{"byline"}},
		{"byline with pipe", "By Jane Doe | Example News\n" + story, story, []string{"byline"}},
		{"sentence starting with By is kept", "By Monday the talks had failed.\n" + story, "By Monday the talks had failed.\n\n" + story, nil},
		{"by with lower-case words is kept", "By then it was over, he said.\n" + story, "By then it was over, he said.\n\n" + story, nil},
		{"author label", "Author: Jane Doe\n\n" + story, story, []string{"byline"}},
		{"story by", "Story by Jane Doe\n\n" + story, story, []string{"byline"}},
		{"author in a sentence is kept", "Author: the talks were his idea, she said.\n" + story, "Author: the talks were his idea, she said.\n\n" + story, nil},
		{"job under byline", "By Jane Doe\nDiplomatic correspondent\n\n" + story, story, []string{"byline", "byline"}},
		{"sentence under byline kept", "By Jane Doe\nThe talks ended.\n\n" + story, "The talks ended.\n\n" + story, []string{"byline"}},
		{"byline with agencies", "Jane Doe in Lima and agencies\n\n" + story, story, []string{"byline"}},
		{"a live entry's sign-off", story + "\n\n— Clara Whitfield in Rome\n\n" + story + " Again.", story + "\n\n" + story + " Again.", []string{"byline"}},
		{"a sign-off with a comma and a place", story + "\n\n– Tom Hale, Kyiv", story, []string{"byline"}},
		{"a dash and a name in Rome under a quotation is no sign-off", "\"We will meet again soon, and we will agree.\"\n\n— Ana Kovac in Rome", "\"We will meet again soon, and we will agree.\"\n\n— Ana Kovac in Rome", nil},
		{"a post's signature with its handle is the embed's, no sign-off", story + "\n\n— Ana Kovac (@anakovac) March 4, 2025", story, []string{"widget"}},
		{"read time glued", "4 min readThe ministers met.", "The ministers met.", []string{"read-time"}},
		{"read time alone", "5 minute read\n" + story, story, []string{"read-time"}},
		{"minutes in a sentence kept", "10 minutes read the statement aloud, he said.", "10 minutes read the statement aloud, he said.", nil},
	})
	r := clean.Clean("By Jane Doe, Reuters\n" + story)
	if r.Byline != "Jane Doe" || r.Publisher != "Reuters" {
		t.Errorf("byline %q publisher %q, want Jane Doe, Reuters", r.Byline, r.Publisher)
	}
	r = clean.Clean("By Reuters\n" + story)
	if r.Byline != "" || r.Publisher != "Reuters" {
		t.Errorf("agency byline: byline %q publisher %q, want none and Reuters", r.Byline, r.Publisher)
	}
	r = clean.Clean("By JANE DOE and JOHN ROE\n" + story)
	if r.Byline != "JANE DOE and JOHN ROE" {
		t.Errorf("byline %q", r.Byline)
	}
}

func TestCredits(t *testing.T) {
	caption := "Delegates arrive at the summit venue in a convoy."
	runCases(t, []cleanCase{
		{"credit appended to caption", caption + " File Photo by Ann Lee/EPA-EFE\n\n" + story, story, []string{"caption"}},
		{"photo colon credit appended", caption + " Photo: Example Agency\n\n" + story, story, []string{"caption"}},
		{"getty credit appended", caption + " (Ann Lee/AFP via Getty Images)\n\n" + story, story, []string{"caption"}},
		{"lone agency under caption", story + "\n\n" + caption + "\nAP\n\n" + story + " Again.", story + "\n\n" + story + " Again.", []string{"caption", "credit"}},
		{"a quotation over a lone agency is no caption", story + "\n\n“The talks were frank and useful,” the ministry said in a statement.\nAP\n\n" + story + " Again.", story + "\n\n“The talks were frank and useful,” the ministry said in a statement.\n\n" + story + " Again.", []string{"credit"}},
		{"a quotation in typewriter marks over a lone agency is no caption", story + "\n\n``The talks were frank and useful,'' the ministry said in a statement.\nAP\n\n" + story + " Again.", story + "\n\n``The talks were frank and useful,'' the ministry said in a statement.\n\n" + story + " Again.", []string{"credit"}},
		{"lone agency after blank keeps paragraph", story + "\n\nReuters\n\nMore news followed later that day.", story + "\n\nMore news followed later that day.", []string{"credit"}},
		{"photographer credit line", story + "\nAnn Lee/Reuters\nMore news followed.", "More news followed.", []string{"caption", "credit"}},
		{"image caption lines", "Image source, Getty Images\nImage caption, The ministers shook hands\n" + story, story, []string{"credit", "caption"}},
		{"inline photo credit", "The leaders met (Photo by Ann Lee) in the capital.", "The leaders met in the capital.", []string{"credit"}},
		{"photo in a sentence is kept", "The photo showed the ministers shaking hands.", "The photo showed the ministers shaking hands.", nil},
		{"agency as a source is kept", "Reuters reported that the talks failed.", "Reuters reported that the talks failed.", nil},
	})
}

func TestLinksAndWidgets(t *testing.T) {
	runCases(t, []cleanCase{
		{"read more", story + "\n\nREAD MORE: Leaders clash over trade\n\nThe meeting ended.", story + "\n\nThe meeting ended.", []string{"related"}},
		{"read more mixed case", story + "\nRead more: Leaders clash\nThe meeting ended.", story + "\n\nThe meeting ended.", []string{"related"}},
		{"related", "RELATED: Talks stall\n" + story, story, []string{"related"}},
		{"also read", "Also read Leaders clash\n" + story, story, []string{"related"}},
		{"related heading", story + "\nRelated Articles\nThe meeting ended.", story + "\n\nThe meeting ended.", []string{"related"}},
		{"loading", story + "\n\nLoading...\n\nThe meeting ended.", story + "\n\nThe meeting ended.", []string{"widget"}},
		{"advertisement", "Advertisement\n" + story, story, []string{"widget"}},
		{"subscribe", story + "\nSubscribe to our daily briefing\nThe meeting ended.", story + "\n\nThe meeting ended.", []string{"promo"}},
		{"newsletter", "Sign up for our newsletter\n" + story, story, []string{"promo"}},
		{"reporting credit", story + "\n\nReporting by Ann Lee; Editing by Bo Chan", story, []string{"credit"}},
		{"contributed to this report", story + "\n\nAssociated Press writer Ann Lee in Lima contributed to this report.", story, []string{"credit"}},
		{"source line", story + "\n\nSource: Example News and news agencies", story, []string{"credit"}},
		{"published stamp", "Published On 1 Feb 2022\n" + story, story, []string{"widget"}},
		{"updated stamp", "Updated: 3 hours ago\n" + story, story, []string{"widget"}},
		{"published in a sentence is kept", "Published figures show the talks failed.", "Published figures show the talks failed.", nil},
		{"related topics list", story + "\n\nRelated Topics\nTrade\nAnn Lee\nForeign policy", story, []string{"related", "related", "related", "related"}},
		{"a related list of headlines", story + "\n\nRelated stories\n\nPresident Alvarez hosts Gulf envoys as oil talks stall\n\nAnalysis: What the border deal means for farmers", story, []string{"related", "related", "related"}},
		{"a headline list ends at a sentence", story + "\n\nMore on this story\n\nPremier Novak and Chancellor Brandt agree on a climate fund\n\nThe two leaders will meet again in June.", story + "\n\nThe two leaders will meet again in June.", []string{"related", "related"}},
		{"list ends at a sentence", story + "\nMore on this story\nTrade talks\nThe talks ended on Friday.", story + "\n\nThe talks ended on Friday.", []string{"related", "related"}},
		{"aside in parentheses", story + "\n(SOUNDBITE OF ARCHIVED RECORDING)\n" + story + " Two.", story + "\n\n" + story + " Two.", []string{"widget"}},
		{"timestamp line", "Fri 4 Mar 2022 10.15 GMT\n\n" + story, story, []string{"widget"}},
		{"timestamp with clock", "March 4, 2022 5:05 AM ET\n" + story, story, []string{"widget"}},
		{"date alone", "Mar. 4, 2022\n" + story, story, []string{"widget"}},
		{"copyright", story + "\n\nCopyright © 2022 Example Radio. All rights reserved. Visit our website for terms of use.", story, []string{"credit"}},
		{"live label", "Live updates\n\n" + story, story, []string{"widget"}},
		{"a long line of tags without a colon", story + "\n\nTagged Trade, Lima, Ann Lee, border talks, foreign ministers, Peru, Chile, Andean Community, tariffs, fisheries, ports, copper, lithium, shipping lanes, customs union",
			story, []string{"related"}},
		{"a sentence opening with tagged is kept", "Tagged as a spy, the envoy, a veteran of two wars, left Lima.", "Tagged as a spy, the envoy, a veteran of two wars, left Lima.", nil},
		{"a share counter under a headline", story + "\n\nThis story has been shared 12,345 times.", story, []string{"widget"}},
		{"sentence with a date is kept", "On March 4, 2022 they met.", "On March 4, 2022 they met.", nil},
		{"related in a sentence is kept", "Related talks are due next week.", "Related talks are due next week.", nil},
		{"read more in a sentence is kept", "Read more carefully, the statement said little.", "Read more carefully, the statement said little.", nil},
		{"related topics glued to the list", story + "\n\nRelated Topics TRADE FOREIGN POLICY Top Stories Minister Ann Lee resigns", story, []string{"related"}},
		{"a bulleted link to another story", story + "\n\n» 'Two Letters From Lima,' by Ann Lee\n\n» 'Border Notes,' by Bo Chan", story, []string{"related", "related"}},
		{"links to the posts before and after", story + "\n\n← Envoys meet in Oslo\n\nPresident Alvarez hosts Gulf envoys →", story, []string{"related", "related"}},
		{"an arrow in a sentence is kept", "Talks moved Geneva → Oslo on Friday, officials said.", "Talks moved Geneva → Oslo on Friday, officials said.", nil},
		{"a link for screen readers", story + "\n\nPrivacy Policy this link opens in a new tab", story, []string{"widget"}},
	})
}

func TestTail(t *testing.T) {
	runCases(t, []cleanCase{
		{"appeal heading and paragraphs after it", story + "\nSupport Our Journalism\nWe cannot do without you.\nOur newsroom is small and proud of it.", story, []string{"appeal", "appeal", "appeal"}},
		{"contribution sentence", story + "\n\nYour contribution supports independent reporting.", story, []string{"appeal"}},
		{"appeal word far from the end only drops itself", "Please donate today.\n" + story + "\n" + story + " Two.\n" + story + " Three.\n" + story + " Four.\n" + story + " Five.",
			story + "\n\n" + story + " Two.\n\n" + story + " Three.\n\n" + story + " Four.\n\n" + story + " Five.", []string{"appeal"}},
		{"quoted self-description", story + "\n“Writer. Coffee lover. Proud tinkerer. Internet fan.”", story, []string{"bio"}},
		{"reporter bio", story + "\n\nJane Doe is a senior reporter for Example News covering diplomacy.", story, []string{"bio"}},
		{"follow on twitter", story + "\n\nFollow her on Twitter @janedoe.", story, []string{"bio"}},
		{"beat and paper bio", story + "\n\nJane Doe writes features and covers city hall for the Example Ledger.", story, []string{"bio"}},
		{"professor bio", story + "\n\nAnn Lee is an assistant professor of history at Example University. She is writing a book on treaties.", story, []string{"bio"}},
		{"bio above links to other posts", story + "\n\n" + story + " Two.\n\n" + story + " Three.\n\n" + story + " Four.\n\n" +
			"Jane Doe is a senior reporter for Example News covering diplomacy, trade and the foreign ministry in Lima.\n\nPost navigation\n\nEnvoys meet in Oslo\n\nTrade talks stall in Lima\n\nBorder reopens after talks",
			story + "\n\n" + story + " Two.\n\n" + story + " Three.\n\n" + story + " Four.", []string{"bio", "related", "related", "related", "related"}},
		{"a source's description far from the end is kept", "Ann Lee is an assistant professor of history at Example University, where she studies treaties.\n\n" + story + "\n\n" + story + " Two.\n\n" + story + " Three.",
			"Ann Lee is an assistant professor of history at Example University, where she studies treaties.\n\n" + story + "\n\n" + story + " Two.\n\n" + story + " Three.", nil},
		{"quote at the end is kept", story + "\n“We will meet again. Soon. Very soon.” he said of the next round of talks.", story + "\n\n“We will meet again. Soon. Very soon.” he said of the next round of talks.", nil},
		{"trailing fragment", story + "\n\nTopic Links", story, []string{"fragment"}},
		{"trailing short sentence kept", story + "\n\nNo deal yet.", story + "\n\nNo deal yet.", nil},
		{"single short paragraph kept", "Talks ended", "Talks ended", nil},
	})
}

func TestRepeatsAndHeadings(t *testing.T) {
	runCases(t, []cleanCase{
		{"repeat keeps first", story + "\n\nOther news.\n\n" + story, story + "\n\nOther news.", []string{"repeat"}},
		{"repeat ignores spacing and case", story + "\n" + strings.ToUpper(story[:3]) + story[3:] + "  ", story, []string{"repeat"}},
		{"heading inside the story", story + "\n\nTalks in the capital\n\nThe delegations met for three hours.", story + "\n\nThe delegations met for three hours.", []string{"heading"}},
		{"heading with comma", story + "\nLeaders to talk, again\nThe delegations met for three hours.", story + "\n\nThe delegations met for three hours.", []string{"heading"}},
		{"capitals label", "EXAMPLE NEWS WITH AGENCIES\n\n" + story, story, []string{"heading"}},
		{"speaker label in capitals is kept", "JANE DOE, HOST:\n\n" + story, "JANE DOE, HOST:\n\n" + story, nil},
		{"line before a quote line is kept", story + "\nTalks in the capital\n“We met,” he said", story + "\n\nTalks in the capital\n\n“We met,” he said", nil},
	})
}

func TestDateline(t *testing.T) {
	cases := []struct {
		name, in, text, place, date, publisher string
	}{
		{"colon", "Geneva: The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Geneva", "", ""},
		{"capitals em dash", "ROME — The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Rome", "", ""},
		{"place and agency", "LIMA, Peru (AP) — The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Lima, Peru", "", "AP"},
		{"date and agency", "Mar. 4 (UPI) -- The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "", "Mar. 4", "UPI"},
		{"place date agency hyphen", "OSLO, June 3 (Reuters) - The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Oslo", "June 3", "Reuters"},
		{"outlet", "Newsdesk- The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "", "", "Newsdesk"},
		{"agency only", "(Example) The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "", "", "Example"},
		{"lower case after colon is a headline", "Russia: the view from the capital in six short notes", "Russia: the view from the capital in six short notes", "", "", ""},
		{"short rest is a headline", "Russia: The View From Moscow", "Russia: The View From Moscow", "", "", ""},
		{"quote after colon is speech", "Blinken: “We will not accept this, not now and not ever.”", "Blinken: “We will not accept this, not now and not ever.”", "", "", ""},
		{"dash aside is kept", "Russia — which denies any plan to invade — said talks would go on.", "Russia — which denies any plan to invade — said talks would go on.", "", "", ""},
		{"label is not a place", "Update: The two ministers met for two hours on Friday.", "Update: The two ministers met for two hours on Friday.", "", "", ""},
		{"organisation in parentheses is kept", "The North Atlantic Treaty Organization (NATO) said it would send more troops east.", "The North Atlantic Treaty Organization (NATO) said it would send more troops east.", "", "", ""},
		{"place on its own line", "LIMA\n\n" + story, story, "Lima", "", ""},
		{"place and a dash on its own line", "LIMA\u2014\n\n" + story, story, "Lima", "", ""},
		{"place and a spaced dash on its own line", "LIMA --\n\n" + story, story, "Lima", "", ""},
		{"place line after the story starts is a heading", story + "\n\nLIMA\n\n" + story + " Two.", story + "\n\n" + story + " Two.", "", "", ""},
		{"place line then agency dateline", "LIMA\n\n(Example) - The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Lima", "", "Example"},
		{"an agency between slashes after the date", "VIENNA, March 3. /Example/. The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Vienna", "March 3", "Example"},
		{"a slash in a sentence is no agency", "Vienna. /The two ministers met for two hours on Friday.", "Vienna. /The two ministers met for two hours on Friday.", "", "", ""},
		{"two places", "WASHINGTON/MOSCOW, Feb 12 (Reuters) - The two presidents spoke by phone for an hour.", "The two presidents spoke by phone for an hour.", "Washington/Moscow", "Feb 12", "Reuters"},
		{"a date with its year after a comma", "OSLO, June 3, 2026 (Example) -- The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Oslo", "June 3, 2026", "Example"},
		{"a day, month and year", "OSLO, 3 June 2026 (Example) - The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Oslo", "3 June 2026", "Example"},
		{"a place with its country in brackets", "Oslo [Norway], June 3 (Example): The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Oslo, Norway", "June 3", "Example"},
		{"a weekday after the place", "OSLO, Tuesday (Example) - The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Oslo", "Tuesday", "Example"},
		{"a year alone after a place is no date", "OSLO, 2026 (Example) - The two ministers met for two hours on Friday.", "OSLO, 2026 (Example) - The two ministers met for two hours on Friday.", "", "", ""},
		{"a date glued before the place", "December 3, 2026 ROME — The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Rome", "", ""},
		{"a date and a time glued before the place", "Dec. 3, 2026 10:31 AM ET ROME — The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Rome", "", ""},
		{"figures, a bar and a time before a place and a comma", "03.12.2026 | 14:05 ROME, The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Rome", "", ""},
		{"an iso date glued before the place", "2026-12-03 ROME: The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Rome", "", ""},
		{"a weekday and a date glued before the place", "Thursday, December 3, 2026 ROME — The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "Rome", "", ""},
		{"a published label glued to the story", "Published 3 Dec 2026 The two ministers met for two hours on Friday.", "The two ministers met for two hours on Friday.", "", "", ""},
		{"a story that opens with a date stays whole", "December 3, 2026 was the day the two ministers met for two hours.", "December 3, 2026 was the day the two ministers met for two hours.", "", "", ""},
		{"a place and a comma with no stamp before stays", "ROME, The two ministers met for two hours on Friday.", "ROME, The two ministers met for two hours on Friday.", "", "", ""},
		{"only the first paragraph", story + "\n\nGeneva: The two ministers met for two hours on Friday.", story + "\n\nGeneva: The two ministers met for two hours on Friday.", "", "", ""},
		{"a transcript's first speaker label is no place", "SECRETARY KOVAC: I spoke to Foreign Minister Varga this morning about the border.\n\nQUESTION: Did you raise the crossings?", "SECRETARY KOVAC: I spoke to Foreign Minister Varga this morning about the border.\n\nQUESTION: Did you raise the crossings?", "", "", ""},
		{"a label with a note in brackets opens a turn", "LIMA: The two ministers met for two hours on Friday.\n\nQUESTION (Ana Ruiz, Example News): Will they meet again?", "LIMA: The two ministers met for two hours on Friday.\n\nQUESTION (Ana Ruiz, Example News): Will they meet again?", "", "", ""},
		{"a speaker's name in title case that opens a later turn again", "Ana Kovac: Good afternoon. I spoke to Foreign Minister Varga this morning about the border.\n\nTomas Varga (interpreted): Thank you.\n\nAna Kovac: We will meet again.", "Ana Kovac: Good afternoon. I spoke to Foreign Minister Varga this morning about the border.\n\nTomas Varga (interpreted): Thank you.\n\nAna Kovac: We will meet again.", "", "", ""},
		{"a place in title case that opens no later paragraph is a dateline", "New Delhi: The two ministers met for two hours on Friday.\n\nRead the full statement: The ministers agreed to meet again.", "The two ministers met for two hours on Friday.\n\nRead the full statement: The ministers agreed to meet again.", "New Delhi", "", ""},
		{"a label of four words in capitals is no place without a separator", "PRIME MINISTER ANA KOVAC: Good afternoon. I spoke to Foreign Minister Varga this morning.\n\nJOURNALIST: Will you meet him?", "PRIME MINISTER ANA KOVAC: Good afternoon. I spoke to Foreign Minister Varga this morning.\n\nJOURNALIST: Will you meet him?", "", "", ""},
		{"a later label of no turn makes no transcript", "NEW DELHI: The two ministers met for two hours on Friday.\n\nUPDATE: The ministers will meet again on Monday.", "The two ministers met for two hours on Friday.\n\nUPDATE: The ministers will meet again on Monday.", "New Delhi", "", ""},
		{"a colon dateline over prose stays one", "LIMA: The two ministers met for two hours on Friday.\n\n" + story, "The two ministers met for two hours on Friday.\n\n" + story, "Lima", "", ""},
	}
	c := clean.New()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := c.Clean(tc.in)
			if r.Text != tc.text || r.Dateline != tc.place || r.DatelineDate != tc.date || r.Publisher != tc.publisher {
				t.Errorf("got text %q place %q date %q publisher %q\nwant text %q place %q date %q publisher %q",
					r.Text, r.Dateline, r.DatelineDate, r.Publisher, tc.text, tc.place, tc.date, tc.publisher)
			}
		})
	}
}

func TestIsFurniture(t *testing.T) {
	c := clean.New()
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"By Jane Doe", true}, {"3 min read", true}, {"2 min readThe talks", true}, {"READ MORE: Talks", true},
		{"Loading...", true}, {"AFP", true}, {"Photo: Ann Lee/Reuters", true},
		{"The talks ended.", false}, {"Envoys meet in Geneva", false}, {"By Friday they had left.", false},
	} {
		t.Run(tc.line, func(t *testing.T) {
			if got := c.IsFurniture(tc.line); got != tc.want {
				t.Errorf("IsFurniture(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

// BenchmarkClean measures cleaning a long article with a shared Cleaner.
func BenchmarkClean(b *testing.B) {
	body := "By Jane Doe\n\nGeneva: " + strings.Repeat(story+"\n\n", 60) + "READ MORE: Other\n\nLoading...\n\nSupport Our Journalism\n\nThanks."
	c := clean.New()
	for b.Loop() {
		c.Clean(body)
	}
}
