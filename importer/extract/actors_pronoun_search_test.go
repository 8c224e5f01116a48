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
