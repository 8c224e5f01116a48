// Package gumeval reads the GUM treebank's gold date normalisations and scores the date
// finder (importer/dates) against them: a gold set of real text (news, interviews,
// biographies, speeches, textbooks, travel guides) independent of the development set the
// extraction rules were written from.
//
// GUM marks dates in the MISC column of its CoNLL-U files as XML=<date when:::"2011-04-13">
// ... </date> (also from/to and notBefore/notAfter, year-only and year-month values;
// ":::" stands for "="), with the document's "# meta::dateCreated" taken as its
// publication date. Read rebuilds each document's text from its tokens (SpaceAfter=No
// joins a token to the next, "# newpar" opens a paragraph), so that the finder sees prose
// as an article's text is, and places each gold date on it in rune offsets.
//
// Run finds and resolves the dates of one document as the importer does (Find per
// sentence, Resolve against the publication date in the sentence's tense, an anaphoric
// day from the day told before it); Score compares them with the gold.
package gumeval
