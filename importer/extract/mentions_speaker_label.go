package extract

import (
	"slices"
	"strings"
	"unicode"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// turnSpeaker is who speaks in one turn of a transcript: the person its label names
// ("SECRETARY BLINKEN:", "MR. PRICE:", "LAVROV:"), or the article's issuer for a label of
// an office alone ("THE PRESIDENT:" under "Remarks by President X"); words is nil for a
// turn that is no actor's, a journalist's question or a host's words ("Q:", "QUESTION:",
// "JANE DOE, HOST:"). answer marks an interview's "A:", whose speaker, when no issuer
// names one, is the interviewee its introduction names (interviewee).
type turnSpeaker struct {
	words    []string
	from, to int // the tokens of the name in the label; from == to when it names no one
	colon    int // the token of the label's colon
	answer   bool
	asker    bool
	person   bool // a title before a name the article does not print ("MS. X:"): a speaker all the same
}

// labelMaxTokens is the most tokens a speaker label takes before its colon.
const labelMaxTokens = 8

// speakerTurns reads the speaker labels that open the paragraphs of a transcript and
// returns, by sentence, the turn the sentence belongs to: a turn runs from its label to
// the next. An article with fewer than two labels of a speaker or an asker is no
// transcript (nil): one label-like opening is a dateline or a heading ("WASHINGTON:
// ..."), and "UPDATE:" or "ALSO READ:" name no one.
func (x *Extractor) speakerTurns(s *scan, issuer string) map[int]turnSpeaker {
	type labelled struct {
		si int
		t  turnSpeaker
	}
	var labels []labelled
	askers := map[string]bool{}  // the names of askers' labels: "GREG MYRE, BYLINE:" ... "MYRE:"
	printed := map[string]bool{} // words printed with a capital and in lower case after it: "Ned Price"
	for _, t := range s.toks {
		if t.Kind == tokens.Word && t.Cap && strings.ContainsFunc(t.Text, unicode.IsLower) {
			printed[t.Low] = true
		}
	}
	for si, se := range s.sents {
		if si > 0 && s.sents[si-1].para == se.para {
			continue
		}
		if t, ok := x.turnLabel(s, se, issuer, askers, printed); ok {
			labels = append(labels, labelled{si, t})
		}
	}
	turnsOf := 0 // labels of a speaker or an asker: "UPDATE:" or "ALSO READ:" make no transcript
	for _, l := range labels {
		if l.t.asker || l.t.answer || l.t.person || len(l.t.words) > 0 {
			turnsOf++
		}
	}
	if turnsOf < 2 {
		return x.questionTurns(s, issuer)
	}
	out := map[int]turnSpeaker{}
	k := -1
	for si := range s.sents {
		if k+1 < len(labels) && labels[k+1].si == si {
			k++
		}
		if k >= 0 {
			out[si] = labels[k].t
		}
	}
	return out
}

// turnLabel reads the speaker label that opens sentence se: words in capitals (a bracketed
// note and a role after a comma may follow them) and a colon with words after it; or a
// person's name in title case, as official transcripts print it ("Vladimir Putin:",
// "Emmanuel Macron (retranslated):"). A label with a word of class turn-asker is an
// asker's turn, and its name is remembered in askers so that the asker's later turns under
// the surname alone stay no one's; "A:" and a label of titles and offices alone are the
// issuer's; a label whose words an organization takes ("SENIOR STATE DEPARTMENT
// OFFICIAL:") names no person.
func (x *Extractor) turnLabel(s *scan, se sentence, issuer string, askers, printed map[string]bool) (turnSpeaker, bool) {
	colon := turnsColon(s, se)
	if colon <= se.from || colon+1 >= se.to {
		return turnSpeaker{}, false
	}
	var head []int // tokens of the words before a comma or a bracket
	asker, role, bracket, organization, titleCase := false, false, false, false, false
	for k := se.from; k < colon; k++ {
		t := s.toks[k]
		switch {
		case t.Text == "(":
			bracket = true
			continue
		case t.Text == ")":
			bracket = false
			continue
		case bracket:
			continue
		case t.Text == ",":
			role = true
			continue
		case t.Kind != tokens.Word || !t.Cap:
			return turnSpeaker{}, false
		case !capsWord(t.Text):
			titleCase = true
		}
		if x.gaz.In(lexicon.TurnAsker, t.Low) {
			asker = true
		}
		if i := s.matchAt[k]; i >= 0 && s.matches[i].Kind == lexicon.PhraseOrg {
			organization = true
		}
		if !role {
			head = append(head, k)
		}
	}
	var name []int
	for _, k := range head {
		if i := s.matchAt[k]; i >= 0 && s.matches[i].Kind == lexicon.PhraseOffice || x.gaz.In(lexicon.Title, s.toks[k].Low) || s.toks[k].Low == "the" {
			continue
		}
		name = append(name, k)
	}
	key := labelKey(s, name)
	none := turnSpeaker{colon: colon}
	if titleCase && !x.personLabel(s, name) {
		return none, false // "Update: ...", "Example News: ...": a label in title case is a person's name or none
	}
	switch {
	case asker:
		askers[key] = true
		return turnSpeaker{colon: colon, asker: true}, true
	case organization || askers[key] || len(name) > 0 && len(name) < len(head) && name[0] != head[len(head)-len(name)]:
		return none, true
	case len(name) == 0 || len(head) == 1 && s.toks[head[0]].Text == "A":
		return turnSpeaker{words: strings.Fields(issuer), colon: colon, answer: len(head) == 1}, true
	}
	words := make([]string, len(name))
	for i, k := range name {
		if x.gaz.Stop[s.toks[k].Low] {
			return none, true
		}
		words[i] = titleWord(s.toks[k].Text)
	}
	if iw := strings.Fields(issuer); len(words) == 1 && len(iw) > 1 && strings.EqualFold(iw[len(iw)-1], words[0]) {
		words = iw // "MR. PRICE:" under the header "Ned Price, Department Spokesperson"
	}
	if len(words) == 1 && x.knownIndex(words) < 0 && !printed[key] {
		// "MR. PRICE:" in a briefing that never prints the name: a surname of no one known,
		// still a speaker's turn when a title or an office stands before it ("UPDATE:" is none)
		return turnSpeaker{colon: colon, person: len(name) < len(head)}, true
	}
	return turnSpeaker{words: words, from: name[0], to: name[len(name)-1] + 1, colon: colon}, true
}

// labelKey is the last word of a label's name, lowercased: the surname a later label of
// the same speaker gives alone.
func labelKey(s *scan, name []int) string {
	if len(name) == 0 {
		return ""
	}
	return s.toks[name[len(name)-1]].Low
}

// capsWord reports a word in capitals: no lower-case letter, and a letter ("Q", "MR.",
// "JEAN-PIERRE", "MARTÍNEZ").
func capsWord(w string) bool {
	return strings.ContainsFunc(w, unicode.IsLetter) && !strings.ContainsFunc(w, unicode.IsLower)
}

// turnMentions makes the name of a turn's label a mention of its speaker, and each "I" of
// sentence si outside quotations one too, so that "SECRETARY X: I spoke to Y this
// morning" is X's contact, as a release's "I" is its issuer's (issuerMentions). It
// reports whether si is in a turn: the issuer's "I" is then the turn's or no one's.
func (x *Extractor) turnMentions(s *scan, si int, turns map[int]turnSpeaker, pending *[]mention) bool {
	t, ok := turns[si]
	if !ok {
		return false
	}
	if se := s.sents[si]; se.from <= t.colon && t.colon < se.to {
		// the label is no name of its own: "QUESTION (Jane Doe, Example News):"
		outside := func(m mention) bool { return m.sent != si || m.from > t.colon || t.from < t.to && m.from == t.from }
		*pending = deleteInSentence(*pending, si, func(m mention) bool { return !outside(m) })
		s.mentions = deleteInSentence(s.mentions, si, func(m mention) bool { return m.kind == mPerson && !outside(m) })
	}
	vocative := func(m mention) bool {
		return m.kind == mPerson && m.sent == si && m.to == m.from+1 && m.known < 0 && s.vocative(m.from)
	}
	*pending = deleteInSentence(*pending, si, vocative)
	s.mentions = deleteInSentence(s.mentions, si, vocative)
	if t.asker && x.introduction(s, si) {
		// "Hannah Levin with Example News.": the asker's own name and outlet, no actor
		intro := func(m mention) bool { return m.kind == mPerson && m.sent == si }
		*pending = deleteInSentence(*pending, si, intro)
		s.mentions = deleteInSentence(s.mentions, si, intro)
	}
	if t.answer && len(t.words) == 0 {
		if t.words = interviewee(s, *pending, turns); len(t.words) == 0 {
			t.words = x.titleInterviewee(s.title)
		}
	}
	if len(t.words) == 0 {
		return true
	}
	known := x.knownIndex(t.words)
	add := func(from, to int) {
		for _, m := range s.mentions[sentenceTail(s.mentions, si):] {
			if m.from < to && from < m.to {
				return
			}
		}
		s.mentions = append(s.mentions, mention{from: from, to: to, kind: mPerson, words: t.words, known: known, titled: true,
			single: len(t.words) == 1, sent: si, actor: -1, rule: "actor.speaker-label"})
	}
	if se := s.sents[si]; t.from < t.to && se.from <= t.from && t.to <= se.to {
		add(t.from, t.to)
	}
	se := s.sents[si]
	for i := se.from; i < se.to; i++ {
		if tk := s.toks[i]; tk.Kind == tokens.Word && !s.inQuote[i] && (tk.Text == "I" || x.speakerWe(s, i)) {
			add(i, i+1)
		}
	}
	return true
}

// sentenceTail returns where the mentions of sentence si start in ms: turnMentions runs
// right after findPersons read si, so they are the last ones appended. Reading only them
// keeps a transcript of thousands of turns linear: each turn's deletions and overlap
// checks read the whole article's mentions otherwise.
func sentenceTail(ms []mention, si int) int {
	i := len(ms)
	for i > 0 && ms[i-1].sent >= si {
		i--
	}
	return i
}

// deleteInSentence removes from ms the mentions of sentence si that del reports, reading
// only the mentions of si (sentenceTail); del must report no mention of another sentence.
func deleteInSentence(ms []mention, si int, del func(mention) bool) []mention {
	k := sentenceTail(ms, si)
	return ms[:k+len(slices.DeleteFunc(ms[k:], del))]
}

// speakerWe reports a "we" that a past contact verb follows ("We met with President X
// this afternoon"): in a turn, the speaker's party to the contact.
func (x *Extractor) speakerWe(s *scan, i int) bool {
	return s.toks[i].Low == "we" && i+1 < len(s.toks) && x.gaz.In(lexicon.Past, s.toks[i+1].Low)
}

// vocative reports a one-word name that a turn addresses, set off right after the label
// or at the end of its sentence: "QUESTION: Ned, has the Secretary ...", "Go ahead, Matt."
// It names the one spoken to, no actor of the news.
func (s *scan) vocative(k int) bool {
	se := s.sents[s.toks[k].Sent]
	before, after := "", ""
	if k > se.from {
		before = s.toks[k-1].Text
	}
	if k+1 < se.to {
		after = s.toks[k+1].Text
	}
	return before == ":" && after == "," || before == "," && k+2 == se.to && strings.Contains(".?!", after) && after != ""
}

// personLabel reports a label in title case that names a person: a well-known actor
// ("Tsahkna:") or two to four words that a given name opens ("Aleksandar Vucic:").
func (x *Extractor) personLabel(s *scan, name []int) bool {
	words := make([]string, len(name))
	for i, k := range name {
		words[i] = s.toks[k].Text
	}
	return len(words) > 0 && (x.knownIndex(words) >= 0 || len(words) >= 2 && len(words) <= 4 && x.firstName(words[0]))
}

// interviewee returns the name of the one who answers an interview's "A:" turns when no
// issuer tells it: the first person named in full in the introduction before the first
// turn ("Ukrainian Foreign Minister X spoke to Example News in Kyiv."). nil when none.
// The turns run to the end of the article and no turn changes the introduction's
// mentions, so the name is read once, at the first answer, and kept in s.answerer: read
// at every answer it made an interview of many turns quadratic (BenchmarkHostile/interview).
func interviewee(s *scan, pending []mention, turns map[int]turnSpeaker) []string {
	if s.answerer == nil {
		words := introductionName(s, pending, turns)
		s.answerer = &words
	}
	return *s.answerer
}

// introductionName returns the words of the first person named in full in a sentence of
// no turn, outside quotations (interviewee), or nil.
func introductionName(s *scan, pending []mention, turns map[int]turnSpeaker) []string {
	var first *mention
	for _, ms := range [][]mention{s.mentions, pending} {
		for i := range ms {
			m := &ms[i]
			if _, inTurn := turns[m.sent]; m.kind != mPerson || len(m.words) < 2 || inTurn || s.inQuote[m.from] {
				continue
			}
			if first == nil || m.from < first.from {
				first = m
			}
		}
	}
	if first == nil {
		return nil
	}
	return first.words
}

// introduction reports a sentence of an asker's turn that only names: capitalised words
// and joiners, no verb ("Hannah Levin with Example News.", "Said Arikat, Al-Quds."), as a
// journalist opens a question with their name and outlet.
func (x *Extractor) introduction(s *scan, si int) bool {
	se := s.sents[si]
	words := 0
	for k := se.from; k < se.to; k++ {
		t := s.toks[k]
		if k <= turnsColon(s, se) || t.Kind != tokens.Word {
			continue
		}
		words++
		if !t.Cap && !x.gaz.In(lexicon.Preposition, t.Low) && t.Low != "and" && t.Low != "the" {
			return false
		}
	}
	return words > 1
}

// turnsColon returns the token of a label's colon that opens sentence se, or se.from-1.
func turnsColon(s *scan, se sentence) int {
	for k := se.from; k < min(se.to, se.from+labelMaxTokens+1); k++ {
		if s.toks[k].Text == ":" {
			return k
		}
	}
	return se.from - 1
}

// questionsMin is the fewest questions that make an article an interview printed as
// questions and answers with no labels.
const questionsMin = 2

// questionTurns reads an interview printed as questions and answers with no labels: each
// paragraph that is one question, outside quotation marks, is the interviewer's turn, and
// the paragraphs after it up to the next are the interviewee's answer ("Have you spoken
// with X?" over "I spoke with X on Monday"). At least questionsMin questions, each
// followed by an answer, make one; nil otherwise.
func (x *Extractor) questionTurns(s *scan, issuer string) map[int]turnSpeaker {
	question := func(si int) bool {
		se := s.sents[si]
		single := (si == 0 || s.sents[si-1].para != se.para) && (si+1 == len(s.sents) || s.sents[si+1].para != se.para)
		return single && s.toks[se.to-1].Text == "?" && !s.inQuote[se.from] && !s.inQuote[se.to-1]
	}
	out := map[int]turnSpeaker{}
	questions := 0
	asking := false
	for si := range s.sents {
		switch {
		case question(si):
			if asking {
				return nil // two questions in a row: no answer between them
			}
			out[si], asking = turnSpeaker{asker: true, colon: -1}, true
			questions++
		case questions > 0:
			out[si], asking = turnSpeaker{answer: true, words: strings.Fields(issuer), colon: -1}, false
		}
	}
	if questions < questionsMin || asking {
		return nil
	}
	return out
}

// titleInterviewee returns the person an interview's headline names after an office
// ("Interview: Estonian Foreign Minister X on Russia"), the one who answers; nil when it
// names none so, as "Interview with X, Radio Y" names its interviewer.
func (x *Extractor) titleInterviewee(title string) []string {
	toks := tokens.Tokenize([]rune(title))
	for i := 0; i < len(toks); i++ {
		m, ok := x.gaz.MatchAt(toks, i)
		if !ok || m.Kind != lexicon.PhraseOffice {
			continue
		}
		var run []string
		for k := m.To; k < len(toks) && k < m.To+4 && toks[k].Kind == tokens.Word && toks[k].Cap; k++ {
			run = append(run, toks[k].Text)
		}
		for n := len(run); n >= 1; n-- {
			if x.knownIndex(run[:n]) >= 0 || n >= 2 && x.firstName(run[0]) {
				return run[:n]
			}
		}
		i = m.To - 1
	}
	return nil
}
