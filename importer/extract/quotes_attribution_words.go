package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// verdictBefore reports a judging verb at token k that introduces the quotation opening at
// oi as its verdict on an object: "called the deal 'a sell-out'", "denounced the accord as
// a '...'", "called for '...'". A short quotation right after the verb or after "the" is a
// term, not words spoken: "what he called 'provocations'", "condemned the 'special
// military operation'"; six words or more are words.
func (s *scan) verdictBefore(k, oi int) bool {
	if !s.gaz.IsJudgingVerb(s.toks[k].Low) || oi-k > 8 || oi-k < 1 {
		return false
	}
	if oi-k == 1 { // "called “a savage crime, murder in the heart of the city.”": words, not a term
		return s.quotedWords(oi) >= 4
	}
	if oi-k == 2 { // "called it 'a sell-out'": a pronoun object, "for", or long words after "the"
		switch s.toks[k+1].Low {
		case "it", "this", "that", "them", "him", "her":
			return true
		case "for": // "called for “an immediate and unconditional ceasefire”": what is demanded, in the speaker's words
			return s.quotedWords(oi) >= 4
		}
		if s.toks[k+1].Cap && s.mentionAt(k+1) >= 0 {
			return true // "called Zelensky "a dictator without elections"": a named object, as "called him"
		}
		return s.determinerBefore(oi) && s.quotedWords(oi) >= 6
	}
	if s.determinerBefore(oi) {
		// a term is short; "hailed the “historic agreement between our two great nations”"
		// quotes words
		return s.quotedWords(oi) >= 6
	}
	return true
}

// determinerBefore reports an article or possessive right before the opening mark at oi:
// "condemned the 'special military operation'".
func (s *scan) determinerBefore(oi int) bool {
	switch s.toks[oi-1].Low {
	case "the", "his", "her", "its", "their", "this", "that":
		return true
	}
	return false
}

// quotedWords counts the words of the quotation opening at token oi.
func (s *scan) quotedWords(oi int) int {
	n := 0
	for k := oi + 1; k < len(s.toks) && s.toks[k].Kind != tokens.QuoteMark && s.toks[k].Para == s.toks[oi].Para; k++ {
		if s.toks[k].Kind == tokens.Word {
			n++
		}
	}
	return n
}

// titleThenName reports capitalized title words running from token from into a mention
// before token end: `," Indian External Affairs Minister S. Jaishankar posted`.
func (s *scan) titleThenName(at []int, from, end int) bool {
	for k := from; k < end; k++ {
		if at[k] >= 0 {
			return k > from
		}
		if t := s.toks[k]; t.Kind != tokens.Word || !t.Cap {
			return false
		}
	}
	return false
}

// whoAntecedent returns the token of the person a relative "who" right before the speech
// verb at token verb stands for ("Brian Harding of the Center for American Progress, who
// told VOA"): the nearest person named before "who" within twelve tokens, whatever its
// position, since the relative clause makes it the verb's subject; -1 otherwise.
func (s *scan) whoAntecedent(at []int, from, verb int) int {
	k := verb - 1
	for k > from && (s.toks[k].Low == "also" || s.toks[k].Low == "later" || s.toks[k].Low == "then") {
		k--
	}
	if k <= from || s.toks[k].Low != "who" {
		return -1
	}
	for j := k - 1; j >= from && j >= k-12; j-- {
		if at[j] >= 0 && s.mentions[at[j]].kind == mPerson && s.mentions[at[j]].actor >= 0 {
			return j
		}
	}
	return -1
}

// statementSource returns the token of the body or person a statement comes from when it
// is the subject of the speech verb at token verb: "An announcement from India's external
// affairs ministry said", "a statement from the Iranian embassy in Brazil said", "a
// spokesman for the ministry told", "the office of Prime Minister X said". The mention
// may be followed by a short place ("in Brazil") but no comma. -1 otherwise.
func (s *scan) statementSource(at []int, from, verb int) int {
	end := verb
	if c := s.participleAside(from, verb); c >= 0 {
		end = c // "A draft declaration of the EU, seen by Reuters, urged": past the aside
	}
	for k := end - 1; k >= from && k >= end-8; k-- {
		if s.toks[k].Text == "," || s.inQuote[k] {
			return -1
		}
		if at[k] < 0 {
			continue
		}
		m := s.mentions[at[k]]
		p := max(s.contextStart(m.from), from) - 1 // "a statement from Norway's Foreign Minister Tomas Berg said": past the titles
		if p > from && s.toks[p].Low == "the" {
			p--
		}
		if p-1 < from || m.actor < 0 {
			return -1
		}
		switch s.toks[p].Low {
		case "from", "by", "of", "for":
		case "to":
			k = p // "a letter from Karimov to Berg said": past the addressee
			continue
		default:
			return -1
		}
		if w := s.toks[p-1].Low; s.gaz.In(lexicon.Statement, w) || s.gaz.In(lexicon.SpeaksFor, w) || s.gaz.IsReportWord(w) {
			return k
		}
		if s.toks[p-1].Low == "office" && s.toks[p].Low == "of" {
			return k // "The office of Prime Minister X said": X, as "X's office said" is
		}
		if s.ofTheEvent(from, p-1) && (s.toks[p].Low == "from" || s.toks[p].Low == "by") {
			return k // "A readout of the call from the Kremlin said"
		}
		return -1
	}
	return -1
}

// ofTheEvent reports a statement noun that an "of" phrase naming what it reports on
// ends at token e: "a readout of the call", "a summary of the talks", "the transcript of
// their meeting".
func (s *scan) ofTheEvent(from, e int) bool {
	if e-3 < from || s.toks[e].Kind != tokens.Word || s.toks[e].Cap || s.toks[e-2].Low != "of" {
		return false
	}
	switch s.toks[e-1].Low {
	case "the", "their", "a", "this", "that", "his", "her":
	default:
		return false
	}
	return s.gaz.In(lexicon.Statement, s.toks[e-3].Low) || s.gaz.IsReportWord(s.toks[e-3].Low)
}

// clauseStart returns the first token of the clause that token verb is in, from token
// from on: the sentence may join two speakers' clauses (`"...," Karimov said, while Berg
// said the talks were "..."`), and the second's quotation is the second's.
func (s *scan) clauseStart(from, verb int) int {
	for k := verb - 1; k > from; k-- {
		if s.inQuote[k] {
			continue
		}
		switch s.toks[k].Low {
		case ";":
			return k + 1
		case "while", "whereas", "but":
			if s.toks[k-1].Text == "," {
				return k + 1
			}
		}
	}
	return from
}

// frontedClauseEnd returns the first token after a subordinate clause that opens the
// sentence at token from, holds a speech verb of its own and closes with a comma before
// token verb ("Hours after X told a summit that ..., Y said: "..."", "When X said he would
// resign, Y told reporters, "...""): that speech verb is another's telling, not the one
// that reports the main clause's, as the first verb of "A said B had told C that" is. A
// few words of time may stand before the subordinator ("Hours after", "A day after"), and
// commas of an aside before the clause's own speech verb do not close it. from otherwise.
func (s *scan) frontedClauseEnd(at []int, from, verb int) int {
	sub := -1
	for k := from; k < verb && k <= from+3; k++ {
		if isSubordinator(s.toks[k].Low) {
			sub = k
			break
		}
		if s.toks[k].Kind != tokens.Word || at[k] >= 0 {
			return from
		}
	}
	if sub < 0 {
		return from
	}
	spoke := false
	for k := sub + 1; k < verb; k++ {
		if s.inQuote[k] || s.toks[k].Kind == tokens.QuoteMark {
			return from
		}
		switch {
		case s.gaz.IsSpeechVerb(s.toks[k].Low) && !s.adjectiveUse(k):
			spoke = true
		case s.toks[k].Text == "," && spoke:
			return k + 1
		}
	}
	return from
}

// asideTelling returns the token of the name that an aside holding token k follows, set
// off by commas, whose closing comma stands right before token verb: "X, speaking after Y
// told the summit of his plans, said:", "X, who spoke after Y told ..., said:": the
// aside's telling is not the one that reports the quotation, and X speaks. -1 otherwise.
func (s *scan) asideTelling(at []int, from, k, verb int) int {
	if k < 0 {
		return -1
	}
	open := -1
	for j := k - 1; j > from; j-- {
		if s.inQuote[j] || s.toks[j].Kind == tokens.QuoteMark {
			return -1
		}
		if s.toks[j].Text == "," {
			open = j
			break
		}
	}
	if open < 0 || at[open-1] < 0 || s.mentions[at[open-1]].to != open {
		return -1
	}
	v := verb
	if s.toks[v].Text == ":" {
		v-- // "..., said:"
	}
	if v-1 <= k || s.toks[v-1].Text != "," || strings.HasSuffix(s.toks[v].Low, "ing") {
		return -1 // "X thanked Y, who ..., saying:": the participle goes on with X's clause
	}
	for j := k + 1; j < v-1; j++ {
		if s.toks[j].Text == "," || s.inQuote[j] || s.toks[j].Kind == tokens.QuoteMark {
			return -1
		}
	}
	return open - 1
}

// joinedClause returns the token after the last ", and" before token verb, from token
// from on, outside quotations, that opens no reported clause (", and that Y told him:" is
// still the first speaker's telling), or -1.
func (s *scan) joinedClause(from, verb int) int {
	for k := verb - 2; k > from; k-- {
		if s.inQuote[k] {
			continue
		}
		if s.toks[k].Low == "and" && s.toks[k-1].Text == "," && s.toks[k+1].Low != "that" {
			return k + 1
		}
	}
	return -1
}

// passiveAgent returns the token of the agent of a passive speech verb at token verb,
// named after "by" before the quotation opening at token oi ("was described by Susan
// Rice as "..."", "were dismissed by the Kremlin as "..."") or right after it closes
// ("was called "..." by Trump"). -1 when the verb is not passive or names no agent.
func (s *scan) passiveAgent(at []int, verb, oi int) int {
	if !s.passive(verb) {
		return -1
	}
	for k := verb + 1; k < oi && k <= verb+3; k++ {
		if s.toks[k].Low != "by" {
			continue
		}
		for j := k + 1; j < oi && j <= k+8; j++ {
			if at[j] >= 0 && s.mentions[at[j]].actor >= 0 {
				return j
			}
		}
		return -1
	}
	return s.agentAfterQuote(at, oi)
}

// agentAfterQuote returns the token of the agent named after "by" right after the
// quotation opening at token oi closes: "Zelensky was called "a dictator without
// elections" by Trump", "was described as "..." by the ministry". -1 when none.
func (s *scan) agentAfterQuote(at []int, oi int) int {
	c := oi + 1
	for c < len(s.toks) && s.toks[c].Kind != tokens.QuoteMark && s.toks[c].Para == s.toks[oi].Para {
		c++
	}
	k := c + 1
	if k < len(s.toks) && s.toks[k].Text == "," {
		k++
	}
	if c >= len(s.toks) || k >= len(s.toks) || s.toks[k].Low != "by" || s.toks[k].Sent != s.toks[oi].Sent {
		return -1
	}
	for j := k + 1; j < len(s.toks) && j <= k+5 && s.toks[j].Sent == s.toks[k].Sent; j++ {
		if at[j] >= 0 && s.mentions[at[j]].actor >= 0 {
			return j
		}
	}
	return -1
}

// passive reports the verb at token verb right after a form of "be", or after one and an
// adverb ("was sharply criticised").
func (s *scan) passive(verb int) bool {
	return verb >= 1 && (isBeVerb(s.toks[verb-1].Low) || verb >= 2 && isBeVerb(s.toks[verb-2].Low) && strings.HasSuffix(s.toks[verb-1].Low, "ly"))
}

// passiveDescribed reports a passive verb of describing at token verb ("He has been
// described as "..."", "The plan was branded "...""): its subject is the one described,
// and with no agent after "by" the words have no speaker the sentence names.
func (s *scan) passiveDescribed(verb int) bool {
	return s.passive(verb) && s.gaz.In(lexicon.Describing, s.toks[verb].Low)
}

// participleAside returns the comma that opens an aside of a participle closing with the
// comma right before token verb (", seen by Reuters,", ", obtained by the newspaper,",
// ", released on Monday,"), or -1.
func (s *scan) participleAside(from, verb int) int {
	if verb-1 <= from || s.toks[verb-1].Text != "," {
		return -1
	}
	for k := verb - 2; k > from && k >= verb-8; k-- {
		if s.toks[k].Text != "," {
			continue
		}
		w := s.toks[k+1].Low
		if s.toks[k+1].Kind == tokens.Word && (w == "seen" || w == "written" || strings.HasSuffix(w, "ed")) {
			return k
		}
		return -1
	}
	return -1
}

// citedSource returns the mention a reporter cites right after its attribution ending at
// token end (`, citing Foreign Minister Wang Yi`, `, quoting Wang Yi`, `, citing a foreign
// ministry statement`), whose words the quotation is; -1 when none.
func (s *scan) citedSource(at []int, end int) int {
	k := end
	if k+2 >= len(s.toks) || s.toks[k].Text != "," || s.toks[k+1].Low != "citing" && s.toks[k+1].Low != "quoting" || s.toks[k+1].Sent != s.toks[end-1].Sent {
		return -1
	}
	for j := k + 2; j < len(s.toks) && j <= k+5 && s.toks[j].Sent == s.toks[k].Sent; j++ {
		if at[j] >= 0 {
			return at[j]
		}
	}
	return -1
}

// citedBefore returns the token of the source a reporter cites between its verb and the
// quotation opening at token oi, when the last speech verb before the quotation is that
// citing (`Xinhua reported, citing Foreign Minister Wang Yi, that China "..."`, `the
// agency said, quoting Karimov, that "..."`): the words are the cited one's. -1 when the
// verb cites no actor.
func (s *scan) citedBefore(at []int, verb, oi int) int {
	for c := max(verb, 1); c < oi && c <= verb+2; c++ {
		if s.toks[c].Low != "citing" && s.toks[c].Low != "quoting" || s.toks[c-1].Text != "," {
			continue
		}
		if k := s.nextMention(at, c+1, min(c+6, oi)); k >= 0 && s.mentions[at[k]].actor >= 0 {
			return k
		}
		return -1
	}
	return -1
}

// quotedAsSaying returns the token of the person or body a reporter quotes (or cites or
// reports) before the quotation opening at token end: "KCNA quoted Kim Jong Un as saying
// the launch was "..."", "Interfax cited Karimov as saying that "..."",
// "Xinhua quoted Wang Yi as saying: "..."". The words are the quoted one's, not the
// reporter's. -1 when no "quoted X as" stands between from and end.
func (s *scan) quotedAsSaying(at []int, from, end int) int {
	for k := from + 1; k < end; k++ {
		if w := s.toks[k].Low; w != "quoted" && w != "cited" && w != "reported" || s.inQuote[k] || isBeVerb(s.toks[k-1].Low) {
			continue
		}
		who := -1
		for j := k + 1; j < end && j <= k+10; j++ {
			if s.toks[j].Low == "as" {
				if who >= 0 {
					return who
				}
				break
			}
			if at[j] >= 0 && who < 0 && !s.possessive(s.mentions[at[j]]) {
				who = j
			}
		}
	}
	return -1
}

// citedAs reports "cited" at token k followed in its sentence, within a few words, by
// "as": "RIA cited Peskov as saying", whose words are the one cited's, as after
// "quoted"; not "cited sources", "cited a report".
func (s *scan) citedAs(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+8 && s.toks[j].Sent == s.toks[k].Sent; j++ {
		if s.toks[j].Low == "as" {
			return j > k+1
		}
		if s.toks[j].Kind != tokens.Word {
			return false
		}
	}
	return false
}

// adjectiveUse reports a speech verb used as an adjective after a determiner or a
// possessive: "the reported deal", "its stated aim", "an announced visit".
func (s *scan) adjectiveUse(k int) bool {
	if k == 0 || s.toks[k-1].Sent != s.toks[k].Sent {
		return false
	}
	switch s.toks[k-1].Low {
	case "that":
		// "a memo that said": a relative clause on a document, not "that stated aim"
		return k < 2 || !s.gaz.In(lexicon.Statement, s.toks[k-2].Low) && !s.gaz.IsReportWord(s.toks[k-2].Low)
	case "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "'s":
		return true
	}
	return false
}

// putIt reports "put" in "as X put it", "X put it bluntly": a way of saying.
func (s *scan) putIt(k int) bool {
	return s.toks[k].Low == "put" && k+1 < len(s.toks) && s.toks[k+1].Low == "it" && s.toks[k+1].Sent == s.toks[k].Sent
}

// invertedSpeaker returns the token of the speaker of an inverted attribution that closes
// one quotation and opens the next: `"A," says X, an analyst who once headed the unit,
// "B"` and `"A," said X, whose committee has looked into it. "B"`: the name right after
// the verb, which follows a closing mark or opens the sentence ("Added Berg, "...""),
// speaks both; -1 when the verb does neither or no actor comes right after it.
func (s *scan) invertedSpeaker(at []int, verb, oi int) int {
	fronted := verb == 0 || s.toks[verb-1].Sent != s.toks[verb].Sent // "Added Berg, "...""
	if !fronted && (s.toks[verb-1].Kind != tokens.QuoteMark && !(s.toks[verb-1].Text == "," && verb > 1 && s.toks[verb-2].Kind == tokens.QuoteMark)) {
		return -1
	}
	for k := verb + 1; k < oi && k <= verb+4; k++ {
		if at[k] >= 0 {
			return k
		}
		if t := s.toks[k]; t.Kind != tokens.Word {
			return -1
		}
	}
	return -1
}

// documentRead reports "read" or "reads" at token k as a document says its words: after
// the noun of a document (`The statement read in part, "..."`, `the letter reads: "..."`,
// `," the Kremlin statement read.`) or with a document from a body or person for subject
// (`A statement from Karimov's office read: "..."`). "read" after a person ("Karimov read
// the letter") is reading, no attribution.
func (s *scan) documentRead(at []int, from, k int) bool {
	if k < 1 || !isReadVerb(s.toks[k].Low) || s.toks[k-1].Sent != s.toks[k].Sent {
		return false
	}
	w := s.toks[k-1].Low
	return s.gaz.In(lexicon.Statement, w) || s.gaz.IsReportWord(w) || s.statementSource(at, from, k) >= 0
}

// documentIssuer returns the token of the body or person whose document is the subject of
// a relative clause with the speech verb at token verb, named right before the document
// noun or as its possessor: "the report cited an internal Mossack Fonseca memo that said
// ... was "..."", "quoted a Defense Ministry letter which stated "..."", "cited Karimov's
// memo that said "..."". The words are the document's, not those of whoever cites it. -1
// otherwise.
func (s *scan) documentIssuer(at []int, from, verb int) int {
	if verb-3 < from || s.toks[verb-1].Low != "that" && s.toks[verb-1].Low != "which" {
		return -1
	}
	if w := s.toks[verb-2].Low; !s.gaz.In(lexicon.Statement, w) && !s.gaz.IsReportWord(w) {
		return -1
	}
	k := verb - 3
	if s.toks[k].Kind == tokens.Poss {
		k-- // "Karimov's memo that said"
	}
	if k < from || at[k] < 0 || s.inQuote[k] {
		return -1
	}
	if m := s.mentions[at[k]]; m.actor < 0 || m.to != k+1 || m.kind != mPerson && m.kind != mOrg {
		return -1
	}
	return k
}

// inWordsOf reports "words" at token k in "in the words of X": the idiom credits what
// follows to X, as "according to X" does, though no speech verb stands in it.
func (s *scan) inWordsOf(k int) bool {
	return s.toks[k].Low == "words" && k >= 2 && k+1 < len(s.toks) &&
		s.toks[k-2].Low == "in" && s.toks[k-1].Low == "the" && s.toks[k+1].Low == "of"
}

// resolvedTo reports a verb of resolve at token k whose "to" opens the quotation at oi:
// "Berg refused to "bow to pressure from any capital"" quotes what Berg said he would not
// do, in his words, as "vowed to "..."" does.
func (s *scan) resolvedTo(k, oi int) bool {
	return oi-k == 2 && s.toks[k+1].Low == "to" && s.gaz.In(lexicon.Resolve, s.toks[k].Low)
}

// forPerson returns the token of the person a sentence opens with after "For" ("For Berg,
// the answer is simple: "...""): the words after its colon give that person's view; -1
// when the sentence opens otherwise.
func (s *scan) forPerson(at []int, se sentence) int {
	k := se.from + 1
	if s.toks[se.from].Low != "for" || k >= se.to || at[k] < 0 {
		return -1
	}
	m := s.mentions[at[k]]
	if m.kind != mPerson || m.actor < 0 || m.to >= se.to || s.toks[m.to].Text != "," {
		return -1
	}
	return k
}
