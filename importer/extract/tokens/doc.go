// Package tokens is the first layer of extraction's text stage: it cuts an article's runes
// into tokens with rune offsets (abbreviations such as "U.S." and "Gen." stay whole, the
// possessive 's and a leading "ex-" are split off, a newline starts a paragraph) and finds its quotations
// (QuoteSpans: a quotation left open at its paragraph's end goes on in the next paragraph
// when that one opens with a mark, and ends with its paragraph when it is whole sentences,
// its closing mark lost; a right mark ” opens where it stands before a word after a space,
// as copy that prints both marks alike has it; ‘‘...’’ and ‘’...’’ are double marks, and a
// plural's possessive apostrophe, "the Americans’ position", closes no single-quoted
// quotation that a later mark can close). It knows no words of the lexicon, so the lexicon
// can tokenize its own phrases with it and every stage can read its tokens.
package tokens
