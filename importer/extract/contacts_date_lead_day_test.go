package extract_test

import "testing"

// TestLaterInTheDayFromTheLead dates "later in the day" told too far from any day for
// date.from-day by the lead's day, not the publication day: a paper of Thursday tells a
// Wednesday's dash to Brussels and the meeting "later in the day" as Wednesday's.
func TestLaterInTheDayFromTheLead(t *testing.T) {
	x := newExtractor(t)
	const wed, thu = "2024-03-13", "2024-03-14"
	ms := []string{"Mairi Strachan", "Pieter Van Damme"}
	lead := "Scottish First Minister Mairi Strachan made a dash to Brussels on Wednesday to tell the bloc that Scots want to stay.\n\n" +
		"\"We are here to listen,\" Strachan told reporters.\n\nShe was greeted warmly.\n\nDiplomats were cautious.\n\n"
	later := "Later in the day, Strachan met European Commission President Pieter Van Damme."
	runDateCases(t, x, []dateCase{
		{"published the day after the lead's", lead + later, thu, ms, "2024-03-13", "Later in the day"},
		{"published on the lead's day", lead + later, wed, ms, "2024-03-13", "Later in the day"},
		{"a day told just before counts first", lead + "On Tuesday, Strachan flew to Paris.\n\n" + later, thu, ms, "2024-03-12", "Later in the day"},
		{"no day in the lead", "Scottish First Minister Mairi Strachan made a dash to Brussels to tell the bloc that Scots want to stay.\n\nShe was greeted warmly.\n\nDiplomats were cautious.\n\nAides said little.\n\n" + later, thu, ms, "2024-03-14", "Later in the day"},
	})
}

// TestLeadDayInTheSecondParagraph takes the story's day from the first sentence of the
// second paragraph when the first paragraph is one sentence without a day: copy wrapped
// without blank lines is cut into paragraphs at sentence ends, and a one-sentence lede that
// ends a line leaves its paragraph's day in the next.
func TestLeadDayInTheSecondParagraph(t *testing.T) {
	x := newExtractor(t)
	ms := []string{"Ann Carver", "Ion Rusu"}
	lede := "U.S. President Ann Carver made a surprise visit to the Moldovan capital, her first since the border crisis began.\n\n"
	runDateCases(t, x, []dateCase{
		{"a day in the second paragraph's first sentence", lede + "Her visit was kept secret until this morning. Carver met Moldovan President Ion Rusu at the palace.",
			"2024-03-14", ms, "2024-03-14", "this morning"},
		{"no day in the lead's two paragraphs", lede + "Her visit was kept secret. Carver met Moldovan President Ion Rusu at the palace.",
			"2024-03-14", ms, "", ""},
	})
}

// TestLeadDayPastAnAside dates a contact by the lead's day although a dashed aside after
// its contact word names another year: the year is the aside's, not the contact's, and
// moves the story to no other time; a year of the contact's own, or told in a sentence
// between, still does.
func TestLeadDayPastAnAside(t *testing.T) {
	x := newExtractor(t)
	ms := []string{"Ann Carver", "Ion Rusu"}
	const aside = " - the first such contact since talks broke down in 2021 - "
	lede := "U.S. President Ann Carver made a surprise visit to the Moldovan capital, her first since the border crisis began. Her visit was kept secret until this morning. "
	far := "U.S. President Ann Carver on Wednesday condemned an attack on a cafe in the Moldovan capital that killed six people.\n\nPolice said the attackers had been shot.\n\nThe city was calm on Thursday morning.\n\nShops reopened.\n\nSchools stayed shut.\n\n"
	runDateCases(t, x, []dateCase{
		{"a year in a dashed aside", lede + "Carver met Moldovan President Ion Rusu" + aside + "at the palace.", "2024-03-14", ms, "2024-03-14", "this morning"},
		{"a year of the contact's own", lede + "Carver met Moldovan President Ion Rusu at the palace in 2021.", "2024-03-14", ms, "", "2021"},
		{"the lead's day far before an aside's year", far + "Carver spoke to Moldovan President Ion Rusu" + aside + "on the telephone and offered help.", "2024-03-14", ms, "2024-03-13", "Wednesday"},
		{"a time ahead with could", far + "Carver spoke to Moldovan President Ion Rusu on the telephone, while aides said a summit could follow in the spring.", "2024-03-14", ms, "2024-03-13", "Wednesday"},
		{"the text moves to another year", far + "The two sides broke off talks in 2021. Carver spoke to Moldovan President Ion Rusu on the telephone and offered help.", "2024-03-14", ms, "", ""},
	})
}
