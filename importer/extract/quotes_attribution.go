package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// attributeAfter reads the words after a closing mark up to the end of the sentence:
// `," Butler said.`, `," said Colonel Dave Butler,`, `," the official told Reuters.`,
// `," read a statement issued by the US State Department.`, `, TASS quoted Peskov as
// saying`. The speaker is the first actor mention of that stretch.
func (x *Extractor) attributeAfter(r *resolver, at []int, ci int) attribution {
	s := r.s
	a := attribution{speaker: -1, from: -1}
	p := s.toks[ci].Para
	verb, who, quoted := -1, -1, false
	end, limit := ci+1, ci+16
	sent := s.toks[ci].Sent
	if s.exclaimedAttribution(ci) {
		sent = s.toks[ci+1].Sent // `"Is this peace?" Berg asked.`: the splitter cut after "?"
	}
	for k := ci + 1; k < len(s.toks) && k < limit && s.toks[k].Para == p; k++ {
		t := s.toks[k]
		if c := s.appositionClose(k, who, verb); c > 0 {
			k, end, limit = c, c+1, max(limit, c+5) // `," X, the director of ... at ..., said`
			continue
		}
		if t.Sent != sent {
			break // `"We agreed to end this war." Getachew said ...`: the next sentence has its own quote
		}
		if t.Kind == tokens.QuoteMark && !s.bareApostrophe(k) || t.Kind == tokens.Punct && (t.Text == "." || t.Text == "?" || t.Text == "!" || t.Text == ";") {
			break // not at `Tsipras' spokesman said`: a possessive
		}
		if t.Low == "but" || t.Low == "while" || t.Low == "although" || t.Low == "whereas" {
			break // `"anywhere", but the Kremlin said`: another clause
		}
		if verb >= 0 && who < 0 && (t.Low == "who" || t.Low == "whose") && s.toks[k-1].Text == "," {
			break // `," said a mother of four, who fled with help from the UN`: the relative clause tells of others
		}
		end = k + 1
		switch {
		case (t.Low == "quoted" || t.Low == "cited" && s.citedAs(k)) && !isBeVerb(s.toks[k-1].Low): // "Lavrov was quoted as saying by TASS": Lavrov
			quoted, who = true, -1 // "TASS quoted Peskov as saying", "RIA cited Peskov as saying": the speaker follows
		case s.gaz.IsSpeechVerb(t.Low) || t.Low == "according" || s.putIt(k) || t.Low == "read" && k <= ci+2 || s.documentRead(at, s.sents[sent].from, k):
			if verb < 0 {
				verb = k
			}
		case at[k] >= 0 && who < 0 && verb >= 0 && s.toks[verb].Low == "told":
			// `," a senior official told the BBC`: the one told is the audience, not the speaker
		case at[k] >= 0 && who < 0 && verb > ci+1 && s.askedAfterSubject(ci, verb):
			// `?" a reporter asked Brandt`: the one asked after the asker is no speaker
		case at[k] >= 0 && who < 0 && verb >= 0 && strings.HasSuffix(s.toks[verb].Low, "ing") && s.toks[verb].Low != "according":
			// `." The board met, demanding Winter explain`: a participle's object is no speaker
		case at[k] >= 0 && who < 0 && s.seenBy(s.mentions[at[k]]):
			// `," said a draft seen by Reuters`: the medium that saw it does not speak
		case at[k] >= 0 && who < 0 && verb >= 0 && s.metAfterVerb(verb, s.mentions[at[k]]):
			// `," Norway's Berg said after meeting Karimov`: the one met is no speaker
		case at[k] >= 0 && who < 0 && (!s.possessive(s.mentions[at[k]]) || ownOffice(s, s.mentions[at[k]].to+1)):
			who = at[k] // "Putin's spokesman Dmitry Peskov told": not the possessor; "Sistani's office said": Sistani
		case at[k] >= 0 && who >= 0 && at[k] != who && verb < 0 && s.mentions[who].kind == mOrg && s.mentions[at[k]].kind == mPerson:
			who = at[k] // "the foreign ministry spokesperson, Mao Ning, told": the person speaks
		}
		if verb >= 0 && who >= 0 && !quoted {
			break
		}
		if quoted && who >= 0 && verb >= 0 && verb > who {
			break
		}
	}
	if who >= 0 {
		if j := s.namedSpeakerOf(at, who); j >= 0 {
			who = j // `," said a spokesman for Hamas, Hazem Qassem.`: the spokesman named
		}
	}
	if verb < 0 && who >= 0 {
		verb = s.verbBesideSpeaker(ci, s.mentions[who])
	}
	if verb < 0 {
		return a
	}
	a.found, a.direct, a.rule, a.from, a.to = true, true, "quote.said-after", ci+1, end
	if c := s.citedSource(at, end); c >= 0 && (who < 0 || s.mentions[who].actor < 0 || r.actors[s.mentions[who].actor].kind != "person") {
		who = c // `"...," Xinhua reported, citing Foreign Minister Wang Yi`: the words are Wang's; a person citing a report speaks
	}
	if who < 0 {
		a.speaker = r.countryBody(verb) // `"...," Beijing said`
	}
	if who >= 0 {
		a.speaker, a.report = s.mentions[who].actor, s.mentions[who].kind == mStatement
		if s.toks[verb].Low == "according" {
			a.rule = "quote.according-to"
		} else if isReadVerb(s.toks[verb].Low) {
			a.rule = "quote.statement"
		}
	}
	if s.toks[ci+1].Kind == tokens.Word && !s.gaz.IsSpeechVerb(s.toks[ci+1].Low) && s.toks[ci+1].Low != "according" && at[ci+1] < 0 && s.toks[ci+1].Low != "the" && s.toks[ci+1].Low != "a" && s.toks[ci+1].Low != "an" && !s.titleThenName(at, ci+1, verb) && !s.mouthOfBody(ci+1) {
		a.direct = false // `"robust" support for Ukraine`: the sentence goes on
		if verb > ci+6 && !(ci > 0 && s.toks[ci-1].Text == ",") {
			a.found = false // a comma inside the marks hands over to an attribution: `,'' United News of India quoted X`
		}
	}
	return a
}

// mouthOfBody reports words at token k that speak for a body named after them,
// "officials at the Iranian embassy in Brazil said", "sources in the ministry told": a
// speaker's phrase, as one an article opens is, not the sentence going on after the
// quotation.
func (s *scan) mouthOfBody(k int) bool {
	return k+1 < len(s.toks) && s.gaz.In(lexicon.SpeaksFor, s.toks[k].Low) && s.gaz.In(lexicon.BodyLink, s.toks[k+1].Low)
}

// askedAfterSubject reports a verb of asking or urging at token verb with words of its own
// subject between the closing mark at token ci and it: `?" a reporter asked Brandt`,
// `," one protester urged Berg`, whose name after the verb is the one asked, never the
// speaker (`?" asked Brandt` has no subject before the verb: Brandt asks).
func (s *scan) askedAfterSubject(ci, verb int) bool {
	if !s.gaz.In(lexicon.Ask, s.toks[verb].Low) && !s.gaz.In(lexicon.Urge, s.toks[verb].Low) {
		return false
	}
	for k := ci + 1; k < verb; k++ {
		if s.toks[k].Kind == tokens.Word {
			return true
		}
	}
	return false
}

// metAfterVerb reports a mention m after the speech verb at token verb that is the
// object of a gerund or of "with" ("said after meeting X", "said after talks with X"),
// the other party of an event, never the speaker.
func (s *scan) metAfterVerb(verb int, m mention) bool {
	p := s.contextStart(m.from) - 1
	for p > verb && (s.toks[p].Low == "the" || s.toks[p].Low == "his" || s.toks[p].Low == "her" || s.toks[p].Low == "their") {
		p--
	}
	if p <= verb+1 {
		return false // `," said Colonel X`
	}
	w := s.toks[p]
	return w.Kind == tokens.Word && !w.Cap && (w.Low == "with" || w.Low == "met" || len(w.Low) > 4 && strings.HasSuffix(w.Low, "ing") && w.Low != "according" && w.Low != "quoting" && w.Low != "citing")
}

// exclaimedAttribution reports a quotation closing at token ci on "?" or "!" whose
// attribution the sentence splitter cut off into a sentence of its own: `"Is this
// peace?" Berg asked.`, `"We are ready!" Karimov told reporters.` That sentence starts
// right after the mark, holds a speech verb among its first four words and no quotation,
// and is short.
func (s *scan) exclaimedAttribution(ci int) bool {
	k := ci + 1
	if ci < 1 || k >= len(s.toks) || s.toks[k].Sent == s.toks[ci].Sent || s.toks[k].Para != s.toks[ci].Para {
		return false
	}
	if last := s.toks[ci-1].Text; last != "?" && last != "!" {
		return false
	}
	se := s.sents[s.toks[k].Sent]
	if se.from != k {
		return false
	}
	for j := k; j < se.to; j++ {
		if s.toks[j].Kind == tokens.QuoteMark {
			return false
		}
	}
	for j := k; j < se.to && j < k+4; j++ {
		if s.gaz.IsSpeechVerb(s.toks[j].Low) {
			// a long sentence only when the attribution closes at a comma right after the
			// verb: `"Can you name the general?" Hiller asked, inquiring about ...`
			short := se.to-k <= 16 || j+1 < se.to && s.toks[j+1].Text == ","
			return short && (j == k || !isBeVerb(s.toks[j-1].Low)) // `"Will you resign?" Karimov was asked.`: the one asked
		}
	}
	return false
}

// countryBody returns the body that speaks when a country or its capital is the subject
// of the speech verb at token verb ("Beijing said the visit would ..."): the government
// body of that country named last within the three sentences before, else the one body of
// that country the article names anywhere ("the Kremlin said" paragraphs before "Moscow
// said"), else, when it names none, the country's government (countryGovernment); -1 when
// it names several.
func (r *resolver) countryBody(verb int) int {
	s := r.s
	m, ok := s.matchOf(verb - 1)
	if verb < 1 || !ok || m.Kind != lexicon.PhraseCountry || m.To != verb || m.From > s.sents[s.toks[verb].Sent].from && s.toks[m.From-1].Kind == tokens.Word && !s.toks[m.From-1].Cap {
		return -1
	}
	code := r.x.gaz.Countries[m.Idx].Code
	best, bestPos, only := -1, -1, -1
	for ai, a := range r.actors {
		if a.kind != "organization" || a.country != code || a.orgKind == "media" {
			continue
		}
		if only == -1 {
			only = ai
		} else {
			only = -2 // several: none is surer than the others
		}
		if p := r.lastBefore(ai, m.From); p > bestPos && s.toks[m.From].Sent-s.toks[p].Sent <= 3 {
			best, bestPos = ai, p
		}
	}
	if best < 0 && only >= 0 {
		return only // the one body of that country the article names, further away
	}
	if best < 0 && only == -1 {
		return r.countryGovernment(m) // "Moscow said" where no Russian body is named: the Russian Government
	}
	return best
}

// countryGovernment returns the actor of the government of the country or capital
// matched by m, the subject of a speech verb in a story that names no body of that
// country: a capital or a country that speaks is a metonym for its government, as "Israeli
// officials said" is the Israeli Government's. A mention over the place (rule
// actor.country-government, which does not name the actor) records it. Not the United
// States, whose administration, State Department and Pentagon all speak as "Washington"
// (countryOfficial makes no US government either): -1.
func (r *resolver) countryGovernment(m lexicon.Match) int {
	s := r.s
	cn := r.x.gaz.Countries[m.Idx]
	if cn.Code == "US" {
		return -1
	}
	o := r.x.countryBody(cn.Adjective+" Government", cn.Code)
	ai := -1
	for i, a := range r.actors {
		if a.kind == "organization" && a.name == o.Name {
			ai = i
		}
	}
	if ai < 0 {
		r.actors = append(r.actors, actor{name: o.Name, kind: "organization", country: o.Country, known: -1, orgKind: o.Kind})
		ai = len(r.actors) - 1
	}
	s.mentions = append(s.mentions, mention{from: m.From, to: m.To, kind: mOrg, org: o, known: -1, sent: s.toks[m.From].Sent, actor: ai, rule: "actor.country-government", words: []string{o.Name}})
	r.link(len(s.mentions) - 1)
	return ai
}

// appositionClose returns the comma that closes an apposition opening at the comma at
// token k right after the speaker found (`X, the director of the program at the center,
// said`), when no verb is read yet and the apposition holds no end of sentence and no
// quotation but a short name in marks; else 0.
func (s *scan) appositionClose(k, who, verb int) int {
	if who < 0 || verb >= 0 || s.toks[k].Text != "," || s.mentions[who].to != k {
		return 0
	}
	for j := k + 1; j < len(s.toks) && j < k+30 && s.toks[j].Sent == s.toks[k].Sent; j++ {
		switch t := s.toks[j]; {
		case t.Kind == tokens.QuoteMark:
			e := s.quotedNameEnd(j)
			if e < 0 {
				return 0
			}
			j = e // `X, head of the "Iran Cartoon" association, said`: a name in marks
		case s.gaz.IsSpeechVerb(t.Low):
			return 0
		case t.Text == ",":
			return j
		}
	}
	return 0
}

// quotedNameEnd returns the closing mark of a short name in quotation marks opening at
// token j (four words at most, no comma or end of sentence inside: "the "Iran Cartoon"
// association"), or -1.
func (s *scan) quotedNameEnd(j int) int {
	for e := j + 1; e < len(s.toks) && e <= j+5 && s.toks[e].Sent == s.toks[j].Sent; e++ {
		switch t := s.toks[e]; {
		case t.Kind == tokens.QuoteMark:
			if e > j+1 && s.inQuote[j+1] {
				return e
			}
			return -1
		case t.Kind != tokens.Word:
			return -1
		}
	}
	return -1
}

// attributeBefore reads the sentence before an opening mark: the last speech verb (or a
// colon) and the nearest actor mention before it: `Blinken underscored that "`,
// `X said: "`, `The ministry confirmed the call, saying "`, `According to X, "`.
func (x *Extractor) attributeBefore(r *resolver, at []int, oi int) attribution {
	s := r.s
	a := attribution{speaker: -1, from: -1}
	se := s.sents[s.toks[oi].Sent]
	if oi > 0 && s.toks[oi-1].Sent != s.toks[oi].Sent {
		return a // the quotation opens its sentence
	}
	verb := -1
	for k := oi - 1; k >= se.from; k-- {
		t := s.toks[k]
		if t.Kind == tokens.QuoteMark || s.inQuote[k] {
			continue // `were "playing with fire" and "whoever ..."`: past an earlier quotation
		}
		if s.gaz.IsSpeechVerb(t.Low) && !s.adjectiveUse(k) || t.Low == "according" || s.inWordsOf(k) || s.resolvedTo(k, oi) || s.putIt(k) || t.Text == ":" || s.verdictBefore(k, oi) || s.documentRead(at, se.from, k) {
			verb = k
			break
		}
	}
	if verb < 0 {
		if k := s.subjectThatVerb(at, se.from, oi); k >= 0 {
			a.found, a.rule, a.from, a.to = true, "quote.said-before", s.mentions[at[k]].from, oi
			a.speaker = s.mentions[at[k]].actor // "Xinhua alleged that "..."": a verb the lexicon lacks
		}
		return a
	}
	a.found, a.rule, a.from, a.to = true, "quote.said-before", verb, oi
	a.direct = oi-verb <= 3 || s.gaz.IsJudgingVerb(s.toks[verb].Low) && oi-verb <= 5 // "called the move a "
	if s.toks[verb].Low == "according" || s.inWordsOf(verb) {
		a.rule = "quote.according-to"
		for k := verb + 1; k < oi; k++ {
			if at[k] >= 0 && !s.seenBy(s.mentions[at[k]]) { // "According to a draft seen by Reuters, ...": not Reuters
				a.speaker, a.from = s.mentions[at[k]].actor, verb
				return a
			}
		}
	}
	if k := s.possessedWords(at, verb, oi); k >= 0 {
		a.speaker, a.from = s.mentions[at[k]].actor, s.mentions[at[k]].from
		return a // "Zelensky dismissed Trump's remark that he was "..."": Trump
	}
	if k := s.gerundSpeaker(at, verb); k >= 0 {
		a.speaker, a.from = s.mentions[at[k]].actor, s.mentions[at[k]].from
		return a // "Modi recalled Putin telling him: "..."": Putin
	}
	if k := s.passiveAgent(at, verb, oi); k >= 0 {
		a.speaker = s.mentions[at[k]].actor
		if k < oi {
			a.from = s.mentions[at[k]].from
		}
		return a // "The talks were described by Susan Rice as "...": Rice; "was called "..." by Trump": Trump
	}
	if s.passiveDescribed(verb) {
		return a // "He has been described as "...": the one described does not speak
	}
	if k := s.citedBefore(at, verb, oi); k >= 0 {
		a.speaker, a.from = s.mentions[at[k]].actor, s.mentions[at[k]].from
		return a // "Xinhua reported, citing Wang Yi, that China "...": Wang
	}
	if k := s.quotedAsSaying(at, se.from, oi); k >= 0 {
		a.speaker, a.from = s.mentions[at[k]].actor, s.mentions[at[k]].from
		return a // "KCNA quoted Kim as saying the launch was "...": Kim
	}
	if k := s.documentIssuer(at, se.from, verb); k >= 0 {
		a.speaker, a.from = s.mentions[at[k]].actor, s.mentions[at[k]].from
		return a // "The report cited a Mossack Fonseca memo that said ... "...": the firm
	}
	v := verb
	if s.toks[v].Text == ":" && v > se.from && s.gaz.IsSpeechVerb(s.toks[v-1].Low) {
		v-- // "who added:"
	}
	if k := s.whoAntecedent(at, se.from, v); k >= 0 && oi-v <= 2 {
		a.speaker, a.from = s.mentions[at[k]].actor, s.mentions[at[k]].from
		return a // "X said at a news conference with Y, who added: "...": Y, not the first speaker
	}
	clause := max(s.clauseStart(se.from, verb), s.frontedClauseEnd(at, se.from, verb))
	if c := s.joinedClause(se.from, verb); c > clause && x.subjectBefore(s, at, c, verb) >= 0 {
		clause = c // "X told a summit that ..., and Y said: "..."": Y's, a clause with its own subject
	}
	first := x.firstSpeechVerb(s, at, clause, verb)
	if first < 0 && x.subjectBefore(s, at, clause, verb) < 0 {
		first = x.firstSpeechVerb(s, at, se.from, verb) // the clause has no speaker of its own
	}
	if k := s.asideTelling(at, se.from, first, verb); first >= 0 && first != verb && k >= 0 && !x.objectPosition(s, s.contextStart(s.mentions[at[k]].from)) {
		a.speaker, a.from = s.mentions[at[k]].actor, s.mentions[at[k]].from
		return a // "X, speaking after Y told the summit ..., said:": X's, the aside another's telling
	}
	if first >= 0 && first != verb && s.relativeAt(se.from, first) >= 0 && s.closedBefore(first, verb) {
		first = verb // "X met Y, who told reporters ..., and said:": the relative clause's telling is Y's, not the quotation's
	}
	if first >= 0 && first != verb && r.mediaPassesOn(at, se.from, first, verb) {
		first = -1 // "Reuters reported that Karimov said the talks were "..."": Karimov's
	}
	if first >= 0 {
		verb = first // "A senior official said Kerry had told Lavrov that ...": the official
	}
	if k := s.statementSource(at, se.from, verb); k >= 0 {
		a.speaker, a.from = s.mentions[at[k]].actor, s.mentions[at[k]].from
		return a // "An announcement from India's external affairs ministry said"
	}
	if k := s.whoAntecedent(at, se.from, verb); k >= 0 {
		a.speaker, a.from = s.mentions[at[k]].actor, s.mentions[at[k]].from
		return a // "including Brian Harding of the center, who told VOA, "
	}
	if k := s.invertedSpeaker(at, verb, oi); k >= 0 {
		a.speaker, a.from = s.mentions[at[k]].actor, verb
		return a // `"A," says X, an analyst who ..., "B"`: X
	}
	if k := x.subjectBefore(s, at, se.from, verb); k >= 0 {
		a.speaker, a.from = s.mentions[at[k]].actor, s.mentions[at[k]].from
		if j := r.reportedSubject(at, k, verb, oi); j >= 0 {
			a.speaker, a.from = s.mentions[at[j]].actor, s.mentions[at[j]].from
		}
		return a
	}
	if b := r.countryBody(verb); b >= 0 {
		a.speaker = b // "Beijing said" after the Chinese foreign ministry spoke
		return a
	}
	if s.toks[verb].Text == ":" {
		a.found = s.speechVerbBefore(se.from, verb) // "A joint statement issued after the talks said: "..."": words, whoever spoke
		if k := s.forPerson(at, se); k >= 0 {
			a.found, a.speaker, a.from = true, s.mentions[at[k]].actor, s.mentions[at[k]].from
		}
	}
	return a
}

// subjectThatVerb returns the token of the actor named right before a verb and "that" that
// open the quotation at token oi ("Xinhua alleged that "..."", "Karimov believes that
// "...""): a verb of saying or thinking the speech lexicon lacks still gives its subject's
// words. The verb is a lower-case word ending in -ed or -s right after the name (an adverb
// in -ly may stand between); -1 otherwise, so that "amid fears that "..."" names no one.
func (s *scan) subjectThatVerb(at []int, from, oi int) int {
	v := oi - 2
	if v-1 < from || s.toks[oi-1].Low != "that" || s.toks[v].Kind != tokens.Word || s.toks[v].Cap {
		return -1
	}
	if w := s.toks[v].Low; !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") {
		return -1
	}
	k := v - 1
	if strings.HasSuffix(s.toks[k].Low, "ly") && !s.toks[k].Cap && k-1 >= from {
		k-- // "Xinhua falsely alleged that"
	}
	if at[k] < 0 || s.mentions[at[k]].to != k+1 || s.mentions[at[k]].actor < 0 || s.possessive(s.mentions[at[k]]) {
		return -1
	}
	return k
}

// speechVerbBefore reports a speech verb right before the colon at token colon, after at
// most a short time or place ("said on Tuesday:", "told reporters in New York:"), from
// token from on.
func (s *scan) speechVerbBefore(from, colon int) bool {
	for k := colon - 1; k >= from && k >= colon-6; k-- {
		if s.inQuote[k] || s.toks[k].Kind == tokens.QuoteMark {
			return false
		}
		if s.gaz.IsSpeechVerb(s.toks[k].Low) && !s.adjectiveUse(k) && (!strings.HasSuffix(s.toks[k].Low, "ing") || k > from && s.toks[k-1].Text == ",") {
			return true // ", writing:" speaks; "an old saying that applies here:" does not
		}
	}
	return false
}

// attributeColon attributes a paragraph that is only a quotation to the speaker of a
// previous paragraph that ends with "X said:".
func (x *Extractor) attributeColon(r *resolver, at []int, oi int) attribution {
	s := r.s
	a := attribution{speaker: -1, from: -1}
	k := oi - 1
	if k < 0 || s.toks[k].Text != ":" {
		return a
	}
	b := x.attributeBefore(r, at, k+0)
	if b.speaker >= 0 {
		b.rule, b.direct = "quote.said-colon", true
		return b
	}
	return a
}

// verbBesideSpeaker reads an attribution whose verb the lexicon does not list: a quotation
// that ends in a comma inside its marks and is followed by a past-tense verb and a person
// (`," agreed Yudhoyono.`) or a person and such a verb (`," Yudhoyono agreed.`), the whole
// attribution up to the sentence's end, or a person and a verb with its particle
// (`," Berg shot back.`: classes phrasal-speech, speech-particle). It returns the verb's
// token, or -1.
func (s *scan) verbBesideSpeaker(ci int, who mention) int {
	if ci < 1 || s.toks[ci-1].Text != "," || who.kind != mPerson && who.kind != mPronoun {
		return -1
	}
	pastVerb := func(k int) bool {
		t := s.toks[k]
		return k < len(s.toks) && t.Kind == tokens.Word && !t.Cap && len(t.Low) > 4 && t.Low[len(t.Low)-2:] == "ed"
	}
	endsAt := func(k int) bool {
		return k >= len(s.toks) || s.toks[k].Sent != s.toks[ci].Sent || s.toks[k].Text == "." || s.toks[k].Text == ","
	}
	if s.onlyTitles(ci+2, who.from) && pastVerb(ci+1) && endsAt(who.to) {
		return ci + 1 // `," agreed Yudhoyono.`, `," agreed President Yudhoyono.`
	}
	if s.onlyTitles(ci+1, who.from) && who.to < len(s.toks) && pastVerb(who.to) && endsAt(who.to+1) {
		return who.to // `," Yudhoyono agreed.`, `," Mr. Yudhoyono agreed.`
	}
	if v := who.to; who.from == ci+1 && v+1 < len(s.toks) && s.toks[v].Kind == tokens.Word && !s.toks[v].Cap &&
		s.gaz.In(lexicon.PhrasalSpeech, s.toks[v].Low) && s.gaz.In(lexicon.SpeechParticle, s.toks[v+1].Low) && endsAt(v+2) {
		return v // `," Berg shot back.`, `," she went on.`
	}
	return -1
}

// onlyTitles reports that tokens [from, to) are capitalized title words or an office's
// words only, or none, and that to is not before from: the title a speaker's mention leaves
// out ("President", "Mr.", "Foreign Minister" before "Yudhoyono").
func (s *scan) onlyTitles(from, to int) bool {
	if to < from {
		return false
	}
	for k := from; k < to; k++ {
		if t := s.toks[k]; !t.Cap || !s.gaz.IsTitleWord(t.Low) && !s.inOffice(k) {
			return false
		}
	}
	return true
}

// mediaPassesOn reports a news medium as the subject of the speech verb at token first
// whose report gives the words to another speaker, the subject of the later speech verb
// at token verb: "Reuters reported that Karimov said the talks were "..."", "The Times
// reported that Karimov had called the talks "..."". A medium passes words on; the one it
// reports said them. A person reporting someone else's words keeps them ("A senior
// official said Kerry had told Lavrov that ...").
func (r *resolver) mediaPassesOn(at []int, from, first, verb int) bool {
	s := r.s
	k := r.x.subjectBefore(s, at, from, first)
	if k < 0 || s.mentions[at[k]].actor < 0 || r.actors[s.mentions[at[k]].actor].orgKind != "media" {
		return false
	}
	j := r.x.subjectBefore(s, at, first+1, verb)
	return j >= 0 && s.mentions[at[j]].actor >= 0 && r.actors[s.mentions[at[j]].actor].orgKind != "media"
}

// reportedSubject returns the token of the subject of the clause a news medium reports
// (its mention at token k the subject of the report verb at token verb) when that clause
// acts, not merely is, before the quotation opening at token oi: in "The Daily Post
// reported in April that city police wanted to close the market because of "..."" the
// words are the police's, the paper passes them on. -1 when the speaker is no medium, the
// clause has no actor for subject or its verb is a copula ("reported that Berg was
// "furious"", "had been "furious"": the paper's own word).
func (r *resolver) reportedSubject(at []int, k, verb, oi int) int {
	s := r.s
	sp := s.mentions[at[k]].actor
	if sp < 0 || r.actors[sp].orgKind != "media" {
		return -1
	}
	j := verb + 1
	for j < oi && s.toks[j].Low != "that" && j < verb+5 && !s.inQuote[j] {
		j++ // "reported in April that"
	}
	if j >= oi || s.toks[j].Low != "that" {
		return -1
	}
	j++
	for ; j < oi && at[j] < 0; j++ {
		if t := s.toks[j]; t.Kind != tokens.Word || !t.Cap && t.Low != "the" {
			return -1 // "reported that on Monday ...": no subject opens the clause
		}
	}
	if j >= oi {
		return -1
	}
	m := s.mentions[at[j]]
	if m.actor < 0 || m.actor == sp || r.actors[m.actor].orgKind == "media" || m.to >= oi {
		return -1
	}
	v := m.to
	if v < oi && s.toks[v].Kind == tokens.Poss {
		return -1 // "that the ministry's plan was": the plan is the subject
	}
	for v < oi && v < m.to+2 && s.gaz.In(lexicon.Auxiliary, s.toks[v].Low) && v+1 < oi && (isBeVerb(s.toks[v+1].Low) || s.toks[v+1].Low == "be") {
		v++ // "reported that Berg had been "furious"", "would be": a copula all the same
	}
	if v >= oi || s.toks[v].Kind != tokens.Word || s.toks[v].Cap || isBeVerb(s.toks[v].Low) || s.toks[v].Low == "be" || s.gaz.In(lexicon.Copula, s.toks[v].Low) {
		return -1
	}
	return j
}

// namedSpeakerOf returns the mention of the person named right after the body of mention
// who when a noun for one who speaks for it precedes the body: in `," said a spokesman for
// Hamas, Hazem Qassem.` the words are Qassem's. -1 otherwise.
func (s *scan) namedSpeakerOf(at []int, who int) int {
	m := s.mentions[who]
	if m.kind != mOrg && m.kind != mOrgRef && m.kind != mPerson || s.speakerNounBefore(s.contextStart(m.from)) < 0 {
		return -1 // "a spokesman for Hamas, X,", "a spokesman for the ministry, X,", "a spokesman for Trump, X,"
	}
	k := m.to
	if k+1 >= len(s.toks) || s.toks[k].Text != "," || s.toks[k+1].Sent != s.toks[m.from].Sent || at[k+1] < 0 {
		return -1
	}
	if n := s.mentions[at[k+1]]; n.kind == mPerson {
		return at[k+1]
	}
	return -1
}

// gerundSpeaker returns the token of a person named right before a gerund of speech that
// introduces the quotation, at token verb or just before its colon or "that" (an object
// pronoun or "reporters" may stand between): "Modi recalled Putin telling him: "..."",
// "the talks ended with Putin saying that "..."", "heard Berg warning: "..."": the words are
// that person's, not the sentence subject's. -1 otherwise; "X said, adding: "..."" has no
// person before the gerund and stays the subject's.
func (s *scan) gerundSpeaker(at []int, verb int) int {
	g := verb
	if t := s.toks[g].Low; t == ":" || t == "that" {
		g--
		if g < 0 {
			return -1
		}
		if w := s.toks[g].Low; w == "him" || w == "her" || w == "them" || w == "us" || w == "me" || s.gaz.In(lexicon.Addressee, w) {
			g-- // "telling him:", "telling reporters that"
		}
	}
	if g < 1 || !strings.HasSuffix(s.toks[g].Low, "ing") || !s.gaz.IsSpeechVerb(s.toks[g].Low) || s.toks[g-1].Sent != s.toks[g].Sent {
		return -1
	}
	k := g - 1
	if at[k] < 0 || s.inQuote[k] {
		return -1
	}
	m := s.mentions[at[k]]
	if m.to != g || m.actor < 0 || m.kind != mPerson || m.from == s.sents[m.sent].from {
		return -1 // "Putin, speaking ..." or a subject opening the sentence is the sentence's own speaker
	}
	return k
}

// possessedWords returns the token of the possessor of a noun of words (words class remark)
// between the verb at token verb and the quotation opening at token oi: "Zelensky dismissed
// Trump's remark that he was "..."", "rejected the minister's comment that "..."": the
// words quoted are the possessor's, not the subject's who answers them. The quotation opens
// within five tokens of the noun, after "that", "as" or a colon that gives the words'
// content; "called Liu's comments "utterly predictable"" is the caller's verdict. -1
// otherwise.
func (s *scan) possessedWords(at []int, verb, oi int) int {
	for j := verb + 1; j+1 < oi; j++ {
		if s.toks[j].Kind != tokens.Poss || j == 0 || at[j-1] < 0 || s.inQuote[j] {
			continue
		}
		if !s.gaz.In(lexicon.Remark, s.toks[j+1].Low) || oi-(j+1) > 5 || !s.contentOpens(j+2, oi) {
			continue
		}
		if m := s.mentions[at[j-1]]; m.actor >= 0 && m.to == j {
			return j - 1
		}
	}
	return -1
}

// contentOpens reports "that", "as" or a colon among tokens [from, oi): the words after
// them are what a noun of words before them said.
func (s *scan) contentOpens(from, oi int) bool {
	for k := from; k < oi; k++ {
		if w := s.toks[k].Low; w == "that" || w == "as" || w == ":" {
			return true
		}
	}
	return false
}
