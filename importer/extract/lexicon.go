package extract

import (
	"fmt"
	"strings"
)

// wordClass is a closed class of words of data/words.tsv, as a bit so that a word may
// belong to several ("called" is a judging verb, a past contact verb and a proposal cue).
type wordClass uint32

// The word classes; wordClassNames gives their names in data/words.tsv.
const (
	wSpeech            wordClass = 1 << iota // verbs that attribute speech or writing
	wStates                                  // plural nouns for states, not their people ("the two countries")
	wPress                                   // titles of journalists: no party to a contact ("Fox News host X")
	wJudging                                 // verbs that introduce a verdict ("called it 'a sell-out'")
	wLight                                   // light verbs and prepositions before a contact noun
	wPast                                    // contact verbs in the past tense
	wCancel                                  // a contact near them is cancelled
	wNegation                                // a contact word after them did not happen
	wOffer                                   // after "would": an offer on conditions
	wProposal                                // before a contact word: proposed
	wSchedule                                // before a contact word: scheduled
	wReport                                  // documents that speak for their authors
	wInstitution                             // heads of names of places and institutions
	wOrgHead                                 // heads of names of organizations
	wOfficialQualifier                       // words between a country and "official"
	wEarlier                                 // a contact near them came before the story's day
	wExpected                                // before "to" + a contact verb: the contact itself is due
	wTell                                    // communication verbs (lemmas): a contact only with a medium or meeting in their clause
	wPostNominal                             // letters after a name in a release header ("MP", "AO")
)

// wordClassOf names the classes of data/words.tsv.
func wordClassOf(name string) (wordClass, bool) {
	switch name {
	case "speech":
		return wSpeech, true
	case "states":
		return wStates, true
	case "press":
		return wPress, true
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
	case "official-qualifier":
		return wOfficialQualifier, true
	case "earlier":
		return wEarlier, true
	case "expected":
		return wExpected, true
	case "tell":
		return wTell, true
	case "post-nominal":
		return wPostNominal, true
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

// expectedTo reports a word after which "to discuss" is the contact due, not the purpose
// of another: "X and Y are expected to discuss".
func (g *gazetteer) expectedTo(w string) bool { return g.in(wExpected, w) }

// isReportWord reports a document that speaks for whoever wrote it: "the report said".
func (g *gazetteer) isReportWord(w string) bool { return g.in(wReport, w) }

// isOfficialQualifier reports the words between a country and "official" that keep the
// official the country's ("a senior Turkish military official").
func (g *gazetteer) isOfficialQualifier(w string) bool { return g.in(wOfficialQualifier, w) }

// isInstitutionNoun reports the head nouns of names of places and institutions that are
// often named after people.
func (g *gazetteer) isInstitutionNoun(w string) bool { return g.in(wInstitution, w) }

// isOrgHeadNoun reports the nouns that head the names of organizations.
func (g *gazetteer) isOrgHeadNoun(w string) bool { return g.in(wOrgHead, w) }

// isPostNominal reports letters written after a name ("MP", "AO", "QC"), in any case.
func (g *gazetteer) isPostNominal(w string) bool {
	return g.in(wPostNominal, strings.ToLower(strings.Trim(w, ".,")))
}

// contactWord is one line of data/contactwords.tsv: a word that reports a contact.
type contactWord struct {
	pattern            string // the check of triggers.go / group_triggers.go that reads it
	mode               string // phone, video, meeting, unspecified, talks
	noun, direct, weak bool
}

// contactPatterns are the patterns the trigger code has a case for.
func contactPattern(p string) bool {
	switch p {
	case "speak", "meet", "talks", "host", "visit", "call", "phone-verb", "discuss", "meal", "noun", "conference",
		"posture", "told-counterpart", "join", "attended-by", "invite", "invitation", "signed-by", "bring-together",
		"take-part", "participated", "exchanged-views":
		return true
	}
	return false
}

// addContactWord reads one line of data/contactwords.tsv.
func (g *gazetteer) addContactWord(f []string) error {
	w := strings.ToLower(strings.TrimSpace(f[0]))
	cw := contactWord{pattern: strings.TrimSpace(f[1]), mode: strings.TrimSpace(f[2])}
	if !contactPattern(cw.pattern) {
		return fmt.Errorf("unknown contact pattern %q", cw.pattern)
	}
	switch cw.mode {
	case "phone", "video", "meeting", "unspecified", "talks":
	default:
		return fmt.Errorf("unknown mode %q", cw.mode)
	}
	if len(f) > 3 {
		for _, flag := range strings.Fields(f[3]) {
			switch flag {
			case "noun":
				cw.noun = true
			case "direct":
				cw.direct = true
			case "weak":
				cw.weak = true
			default:
				return fmt.Errorf("unknown contact word flag %q (want noun, direct, weak)", flag)
			}
		}
	}
	if _, dup := g.contactWords[w]; dup {
		return fmt.Errorf("contact word %q listed twice", w)
	}
	g.contactWords[w] = cw
	return nil
}
