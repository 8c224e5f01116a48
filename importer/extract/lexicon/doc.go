// Package lexicon is extraction's one read-only lexicon: the data files in data/ (offices
// with their families and plural forms, countries and demonyms, organizations, ministries,
// well-known people, given names, stop words, word classes such as speech verbs and status
// cues, contact words with their mode and flags), embedded and parsed once by Load into a
// Lexicon, which the stages of package extract ask and never change. A rule that needs a
// new word list adds a data file or a class of data/words.tsv here, not a list in Go.
//
// MatchAt finds the longest phrase of the lexicon at a token (a known person, an
// organization, a ministry, an office, a country or a demonym).
package lexicon
