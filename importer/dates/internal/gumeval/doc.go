// Package gumeval scores the date finder (importer/dates) against the gold date
// normalisations of the GUM treebank: a gold set of real text (news, interviews,
// biographies, speeches, textbooks, travel guides) independent of the development set the
// extraction rules were written from.
//
// GUM marks dates in the MISC column of its CoNLL-U files as XML=<date when:::"2011-04-13">
// ... </date> (also from/to and notBefore/notAfter, year-only and year-month values), with
// the document's "# meta::dateCreated" taken as its publication date. Load reads the
// documents with importer/internal/gum, which rebuilds each one's text from its tokens as
// an article's text is, so that the finder sees prose, and places each gold date on it in
// rune offsets.
//
// Run finds and resolves the dates of one document as the importer does (Find per
// sentence, Resolve against the publication date in the sentence's tense, an anaphoric
// day from the day told before it); Score compares them with the gold.
package gumeval
