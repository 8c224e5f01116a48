package extract_test

import "testing"

// TestPublication reads the publication date off the top of a page the way pages print
// it: a dated line, a timestamp, a date in figures, a wire dateline with its year; a line
// that dates an update stands in only when nothing else dates the page.
func TestPublication(t *testing.T) {
	x := newExtractor(t)
	const body = "\n\nAustrian Chancellor Karl Nehammer met Foreign Minister Ana Kovac in Vienna on Tuesday, officials said after the talks ended."
	cases := []struct{ name, text, want string }{
		{"a published line", "Leaders talk\n\nPublished On 5 Nov 2023" + body, "2023-11-05"},
		{"a date and a time", "Leaders talk\n\nMarch 12, 2024 5:05 AM ET" + body, "2024-03-12"},
		{"the Guardian's way", "Tuesday 12 March 2024 10.32 GMT" + body, "2024-03-12"},
		{"a timestamp", "2024-03-12T10:32:00Z" + body, "2024-03-12"},
		{"a byline and a date in figures", "By Jane Doe | 13/03/2024" + body, "2024-03-13"},
		{"figures that could be either order", "04/03/2024" + body, ""},
		{"published before updated", "Updated 10:32 AM EST, Wed March 13, 2024\nPublished 9:00 AM EST, Tue March 12, 2024" + body, "2024-03-12"},
		{"an update alone stands in", "Leaders talk\n\nUpdated 10:32 AM EST, Wed March 13, 2024" + body, "2024-03-13"},
		{"a dateline with the year", "VIENNA, March 12, 2024 (Reuters) - Austrian Chancellor Karl Nehammer met Foreign Minister Ana Kovac on Tuesday, officials said.", "2024-03-12"},
		{"a dateline in title case with the agency", "Vienna, March 12, 2024 (AFP) - Austrian Chancellor Karl Nehammer met Foreign Minister Ana Kovac on Tuesday, officials said.", "2024-03-12"},
		{"an agency between slashes after a dateline with the year", "MOSCOW, March 12, 2024. /TASS/. Austrian Chancellor Karl Nehammer met Foreign Minister Ana Kovac on Tuesday, officials said.", "2024-03-12"},
		{"an agency between slashes after a dateline without the year", "MOSCOW, March 12. /TASS/. Austrian Chancellor Karl Nehammer met Foreign Minister Ana Kovac on Tuesday, officials said.", ""},
		{"a slash in a sentence is no dateline", "The ministers met on March 12, 2024. /The talks/ went on.", ""},
		{"a dateline without the year", "VIENNA, March 12 (Reuters) - Austrian Chancellor Karl Nehammer met Foreign Minister Ana Kovac on Tuesday, officials said.", ""},
		{"fields joined by bars", "By Jane Doe, Reuters | Published December 4, 2026 10:31 AM ET | Updated 2 hours ago" + body, "2026-12-04"},
		{"fields joined by spaced slashes", "December 4, 2026 / 10:31 AM / Updated 3 hours ago" + body, "2026-12-04"},
		{"posted and updated joined by slashes", "Posted: Dec 4, 2026 / 10:31 AM EST / Updated: Dec 5, 2026 / 11:02 AM EST" + body, "2026-12-04"},
		{"a byline and an update joined by a bullet", "By Jane Doe and John Roe, The Associated Press • Updated Dec. 4, 2026, 10:31 a.m." + body, "2026-12-04"},
		{"a line of capitals", "DECEMBER 4, 2026" + body, "2026-12-04"},
		{"a date after a share bar", "Share\nTweet\nEmail\n4 December 2026" + body, "2026-12-04"},
		{"a date with at and a time", "Image: Reuters\nDecember 4, 2026 at 10:31 am" + body, "2026-12-04"},
		{"figures with dots and a time", "04.12.2026 10:31" + body, "2026-12-04"},
		{"the time before the date", "10:31, 04 DEC 2026" + body, "2026-12-04"},
		{"a dateline of a place in title case and a full date", "Rome, December 4, 2026 — Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg, officials said.", "2026-12-04"},
		{"a dateline of a place and an agency names no day", "ROME (AP) — Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg, officials said.", ""},
		{"figures that could be either order under an American zone", "12/04/2026 10:31 AM EST" + body, "2026-12-04"},
		{"figures that could be either order under a British zone", "04/12/2026 10:31 BST" + body, "2026-12-04"},
		{"figures that could be either order with no zone", "12/04/2026 10:31" + body, ""},
		{"a sentence with a dash is no dateline", "The two leaders last met on March 3, 2023 - the first meeting since the war began, officials said.", ""},
		{"a date glued before a dateline", "December 4, 2026 ROME — Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg on Thursday, officials said.", "2026-12-04"},
		{"a date and a time glued before a dateline", "Leaders talk\n\nDec. 4, 2026 10:31 AM ET ROME, Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg on Thursday, officials said.", "2026-12-04"},
		{"a published label glued to the first sentence", "Leaders talk\n\nPublished 4 Dec 2026 The minister said Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg on Thursday.", "2026-12-04"},
		{"figures, a bar and a time glued before a dateline", "04.12.2026 | 10:31 ROME, Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg on Thursday, officials said.", "2026-12-04"},
		{"a weekday and a date glued before a dateline", "Wednesday, December 4, 2026 ROME — Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg on Thursday, officials said.", "2026-12-04"},
		{"a date, a time and a dateline with its agency", "4 December 2026 - 10:31 ROME (Reuters) - Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg on Thursday, officials said.", "2026-12-04"},
		{"an iso date before a place and a colon", "2026-12-04 ROME: Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg on Thursday, officials said.", "2026-12-04"},
		{"a date before a place in title case and a dash", "December 4, 2026 Rome — Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg on Thursday, officials said.", "2026-12-04"},
		{"a glued update stands in only", "Updated 5 Dec 2026 The minister said Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg on Thursday.", "2026-12-05"},
		{"a sentence that opens with a date is no stamp", "December 4, 2026 was the day Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg in Rome, officials said.", ""},
		{"a sentence that opens with a date and a name is no stamp", "December 4, 2026 Italian Foreign Minister Marta Rossi will remember as the day she met Swedish Prime Minister Jonas Berg.", ""},
		{"a date in a long sentence is no publication date", "Leaders talk\n\nThe ministers met on March 3, 2023 in Vienna and agreed a deal on grain exports and tariffs.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := x.Publication(c.text); got != c.want {
				t.Errorf("Publication = %q, want %q", got, c.want)
			}
		})
	}
}
