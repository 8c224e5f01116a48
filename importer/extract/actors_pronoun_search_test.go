package extract_test

import (
	"strings"
	"testing"
)

// TestPronounReachesBackFewParagraphs covers a "she" that no subject or speaker near it
// resolves: the last person mentioned, within lastPersonReach paragraphs; one named
// further back is none, as the pronoun stands for someone the text never names.
func TestPronounReachesBackFewParagraphs(t *testing.T) {
	x := newExtractor(t)
	const lede = "Foreign Minister Tamsk Oduya visited Bor on Monday.\n\n"
	const filler = "The town had flooded twice since March.\n\n"
	const end = "\"How long,\" she asked, \"are we going to run?\""
	runPronounCases(t, x, []pronounCase{
		{"named two paragraphs back", lede + filler + end, "she", "Tamsk Oduya"},
		{"named eight paragraphs back", lede + strings.Repeat(filler, 7) + end, "she", ""},
	})
}

// TestPossessiveSubjectKeepsItsPerson covers a sentence opened by "His" or "Her" that names
// one other person ("His best-known role is Henry Talbot"): the "he" after it is the one
// the possessive stands for, named before, not the one it names.
func TestPossessiveSubjectKeepsItsPerson(t *testing.T) {
	x := newExtractor(t)
	runPronounCases(t, x, []pronounCase{
		{"his opens the sentence", "Ambassador Pierre Lamont has served in Accra since 2019. His closest ally in the talks was Tom Hale. He also led the trade mission.", "He also", "Pierre Lamont"},
		{"her opens the sentence", "Ambassador Simone Varga has served in Accra since 2019. Her closest ally in the talks was Ruth Ames. She also led the trade mission.", "She also", "Simone Varga"},
		{"no possessive", "Ambassador Pierre Lamont arrived in Accra on Monday. The closest ally in the talks was Tom Hale. He also led the trade mission.", "He also", "Tom Hale"},
	})
}

// TestPronounInItsOwnSentence covers what a "he" or "she" stands for when its own sentence
// tells: a private person the sentence leaves unnamed before it ("a farmer ... he"), no one
// named before, unless a person named before it in the sentence, no private person or a
// pronoun that speaks; a name after a noun of a person that opens the sentence with a
// determiner or possessive ("His father Tom Hale said he") is the subject the pronoun is.
func TestPronounInItsOwnSentence(t *testing.T) {
	x := newExtractor(t)
	const before = "Foreign Minister Pierre Lamont visited the border on Monday.\n\n"
	runPronounCases(t, x, []pronounCase{
		{"a farmer", before + "Aid was handed to a farmer so he could rebuild his barn.", "he could", ""},
		{"my son", before + "Why should I worry about my son when he can call me?", "he can", ""},
		{"a named person first", before + "Lamont, a farmer's son, said he would return.", "he would", "Pierre Lamont"},
		{"no private person", before + "Aid was handed to the border guards so he could leave.", "he could", "Pierre Lamont"},
		{"a pronoun that speaks", before + "\"We will pursue it,\" the youngest of whom was a boy of one, he said.", "he said", "Pierre Lamont"},
		{"his father", before + "His father Tom Hale said he would take the family to Cairo.", "he would", "Tom Hale"},
		{"the lawyer", before + "The lawyer Tom Hale said he would appeal.", "he would", "Tom Hale"},
	})
}
