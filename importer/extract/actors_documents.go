package extract

import "hotline/importer/extract/tokens"

// documentAuthor finds who wrote the document that "the report said" (or "the study
// notes", "the draft says") refers to, from the last earlier sentence that names a
// document's author: "the study by the Geneva Academy", "a report from the commission",
// "set out by Tusk in a draft", "the consortium's report". Articles about one document
// call it by several words (study, research, report), so any report word counts. -1 when
// no earlier sentence names an author.
func (r *resolver) documentAuthor(m *mention) int {
	s := r.s
	for k := m.from - 1; k >= 0; k-- {
		if !s.gaz.IsReportWord(s.toks[k].Low) || s.inQuote[k] {
			continue
		}
		if a := r.authorAt(k); a >= 0 {
			return a
		}
	}
	return -1
}

// authorAt is the author of the document word at token k: the mention after "by"/"from"
// right after it, the mention before "in a" ("by Tusk in a draft"), or its possessor.
func (r *resolver) authorAt(k int) int {
	s := r.s
	se := s.sents[s.toks[k].Sent]
	author := func(j int) int {
		if j < se.from || j >= se.to {
			return -1
		}
		mi := s.mentionAt(j)
		if mi < 0 {
			return -1
		}
		if o := s.mentions[mi]; o.kind == mOrg && o.org.Kind == "media" || o.kind == mStatement || o.kind == mPronoun {
			return -1 // "a report by the New York Times": the outlet reports, it is not the author
		}
		return s.mentions[mi].actor
	}
	if k+2 < se.to && (s.toks[k+1].Low == "by" || s.toks[k+1].Low == "from") {
		j := k + 2
		if s.toks[j].Low == "the" || s.gaz.IsTitleWord(s.toks[j].Low) && j+1 < se.to {
			j++ // "a report by the commission", "a draft by Mr. Tusk"
		}
		if a := author(j); a >= 0 {
			return a
		}
	}
	if k-1 > se.from && s.toks[k-1].Kind == tokens.Poss {
		return author(k - 2)
	}
	if k-3 > se.from && (s.toks[k-1].Low == "a" || s.toks[k-1].Low == "the") && s.toks[k-2].Low == "in" {
		if mi := s.mentionAt(k - 3); mi >= 0 && s.byBefore(se, s.mentions[mi].from) {
			return author(k - 3)
		}
	}
	return -1
}

// byBefore reports "by" right before token from, or before a title word there: "set out
// by Tusk in a draft", "by Mr. Tusk in a draft" (an honorific the mention leaves out).
func (s *scan) byBefore(se sentence, from int) bool {
	p := from - 1
	if p > se.from && s.gaz.IsTitleWord(s.toks[p].Low) {
		p--
	}
	return p >= se.from && s.toks[p].Low == "by"
}

// documentPronoun resolves "It" that is the subject of a speech verb ("It stresses the
// plan is ...", "It also argues for ..."): a document or a body speaks, never a person,
// so it is the speaker of the document named in the two sentences before, else the author
// of a document named in the five before, else the organization that spoke in the two
// before. -1 when none.
func (r *resolver) documentPronoun(m *mention) int {
	s := r.s
	if a := r.orgSpokeBefore(m.sent, 1); a >= 0 {
		return a // "China's foreign ministry posted a summary. "...," it said."
	}
	if a := r.officeSpokeBefore(m.sent); a >= 0 {
		return a // "Karimov's office said he would return. "...," it said.": Karimov's, as "Karimov's office said" is
	}
	best := -1
	for _, i := range s.order() {
		o := s.mentions[i]
		if o.from >= m.from {
			break
		}
		if o.kind == mStatement && o.actor >= 0 && m.sent-o.sent <= 2 {
			best = o.actor
		}
	}
	if best >= 0 {
		return best
	}
	for k := m.from - 1; k >= 0 && m.sent-s.toks[k].Sent <= 5; k-- {
		if s.gaz.IsReportWord(s.toks[k].Low) && !s.inQuote[k] {
			if a := r.documentAuthor(m); a >= 0 {
				return a // "the study by X ... It also argues"
			}
			break
		}
	}
	if a := r.orgSpokeBefore(m.sent, 2); a >= 0 {
		return a
	}
	return r.subjectOrgBefore(m.sent, 2)
}

// officeSpokeBefore returns the person whose own office or staff speaks in the sentence
// before sentence si ("Karimov's office said", "Berg's team said in a statement"), or -1.
func (r *resolver) officeSpokeBefore(si int) int {
	s := r.s
	if si == 0 {
		return -1
	}
	se := s.sents[si-1]
	for _, oi := range s.sentenceMentions(si - 1) {
		o := s.mentions[oi]
		if o.sent != si-1 || o.kind != mPerson || o.actor < 0 || s.inQuote[o.from] || !s.possessive(o) || !ownOffice(s, o.to+1) {
			continue
		}
		for j := o.to + 2; j < se.to && j <= o.to+4; j++ {
			if s.gaz.IsSpeechVerb(s.toks[j].Low) {
				return o.actor
			}
		}
	}
	return -1
}

// subjectOrgBefore is the organization that is the subject of the nearest of the back
// sentences before sentence si that has a subject, when that subject is an organization
// other than a news medium: in "Ukraine's foreign ministry condemned the strikes. "...,"
// it said." the body that acted in the sentence before is the one "it" stands for, as "he"
// stands for the person. A sentence whose first actor is a person (or another kind of
// reference) ends the search with -1: "it" is no person.
func (r *resolver) subjectOrgBefore(si, back int) int {
	s := r.s
	for k := si - 1; k >= 0 && k >= si-back; k-- {
		first := -1
		for _, i := range s.sentenceMentions(k) {
			o := s.mentions[i]
			if o.sent != k || o.actor < 0 || s.inQuote[o.from] || first >= 0 && s.mentions[first].from <= o.from {
				continue
			}
			first = i
		}
		if first < 0 {
			continue
		}
		o := s.mentions[first]
		a := r.actors[o.actor]
		if o.kind != mOrg && o.kind != mOrgRef || a.kind != "organization" || a.orgKind == "media" {
			return -1
		}
		j := o.to
		if j < s.sents[k].to && s.toks[j].Low == "also" {
			j++
		}
		if j >= s.sents[k].to || s.toks[j].Kind != tokens.Word || s.toks[j].Cap || s.toks[j].Low == "and" || s.toks[j].Low == "or" {
			return -1 // "The Kremlin and the White House ...", "NATO's chief ...": no lone body acts
		}
		return o.actor
	}
	return -1
}

// docRef is the issuer of the document a text named last with a word ("letter",
// "statement") and the paragraph that named it: "the letter" after it, within docReach
// paragraphs, is the same letter, whoever the sentences between name (resolveRefs).
type docRef struct {
	actor, para int
}

// docReach is how many paragraphs on "the <document>" still refers to the last one named.
const docReach = 3
