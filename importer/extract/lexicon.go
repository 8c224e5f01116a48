package extract

import (
	"fmt"
	"strings"
)

// wordClass is a closed class of words of data/words.tsv, as a bit so that a word may
// belong to several ("called" is a judging verb, a past contact verb and a proposal cue).
type wordClass uint16

// The word classes; wordClassNames gives their names in data/words.tsv.
const (
	wSpeech      wordClass = 1 << iota // verbs that attribute speech or writing
	wJudging                           // verbs that introduce a verdict ("called it 'a sell-out'")
	wLight                             // light verbs and prepositions before a contact noun
	wPast                              // contact verbs in the past tense
	wCancel                            // a contact near them is cancelled
	wNegation                          // a contact word after them did not happen
	wOffer                             // after "would": an offer on conditions
	wProposal                          // before a contact word: proposed
	wSchedule                          // before a contact word: scheduled
	wReport                            // documents that speak for their authors
	wInstitution                       // heads of names of places and institutions
	wOrgHead                           // heads of names of organizations
)

// wordClassOf names the classes of data/words.tsv.
func wordClassOf(name string) (wordClass, bool) {
	switch name {
	case "speech":
		return wSpeech, true
	case "judging":
		return wJudging, true
	case "light":
		return wLight, true
	case "past":
		return wPast, true
	case "cancel":
		return wCancel, true
	case "negation":
		return wNegation, true
	case "offer":
		return wOffer, true
	case "proposal":
		return wProposal, true
	case "schedule":
		return wSchedule, true
	case "report":
		return wReport, true
	case "institution":
		return wInstitution, true
	case "org-head":
		return wOrgHead, true
	}
	return 0, false
}

// addWords reads one line of data/words.tsv: a class and its words.
func (g *gazetteer) addWords(f []string) error {
	c, ok := wordClassOf(strings.TrimSpace(f[0]))
	if !ok {
		return fmt.Errorf("unknown word class %q", f[0])
	}
	for _, w := range strings.Fields(f[1]) {
		g.words[strings.ToLower(w)] |= c
	}
	return nil
}

// in reports whether the lowercased word w belongs to class c.
func (g *gazetteer) in(c wordClass, w string) bool { return g.words[w]&c != 0 }

// isSpeechVerb reports whether a lowercased word attributes speech or writing.
func (g *gazetteer) isSpeechVerb(w string) bool { return g.in(wSpeech, w) }

// isJudgingVerb reports verbs that introduce a speaker's own words as a verdict: "called
// the deal 'a sell-out'", "denounced the accord as a '...'". They attribute only a
// quotation that follows them closely.
func (g *gazetteer) isJudgingVerb(w string) bool { return g.in(wJudging, w) }

// pastTense reports a contact verb in the past tense: its "held" is stated, not assumed.
func (g *gazetteer) pastTense(w string) bool { return g.in(wPast, w) }

// isReportWord reports a document that speaks for whoever wrote it: "the report said".
func (g *gazetteer) isReportWord(w string) bool { return g.in(wReport, w) }

// isInstitutionNoun reports the head nouns of names of places and institutions that are
// often named after people.
func (g *gazetteer) isInstitutionNoun(w string) bool { return g.in(wInstitution, w) }

// isOrgHeadNoun reports the nouns that head the names of organizations.
func (g *gazetteer) isOrgHeadNoun(w string) bool { return g.in(wOrgHead, w) }
