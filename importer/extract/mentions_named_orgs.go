package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// findNamedOrgs adds an organization mention for each name the gazetteer does not know
// but that an organization noun heads: "the International Consortium of Investigative
// Journalists said", "The High Negotiations Committee issued a statement". The run is
// capitalized words, joined by "of", "for", "and", "on" or "&" before another capitalized
// word; it needs a word before its head ("the Committee" alone names nothing). Such an
// organization is an actor only when it acts (speaks, is quoted, takes part), as every
// organization.
func (x *Extractor) findNamedOrgs(s *scan, si int, named map[int]bool) {
	se := s.sents[si]
	for i := se.from; i < se.to; i++ {
		if x.speakingAcronym(s, i, named) && s.titleInitialsBefore(i) {
			// "Foreign Affairs Cabinet Secretary X ... the CS said": the person so titled
			s.mentions = append(s.mentions, mention{from: i, to: i + 1, kind: mPronoun, known: -1, sent: si, actor: -1, rule: "actor.title-initials", words: []string{titleInitialsWord, s.toks[i].Text}})
			continue
		}
		if x.speakingAcronym(s, i, named) {
			o := lexicon.Org{Name: s.toks[i].Text, Kind: "group"}
			s.mentions = append(s.mentions, mention{from: i, to: i + 1, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.named-org", words: []string{o.Name}})
			s.note(si, "actor", "actor.named-org", true, i, i+1, "an acronym that speaks or issues a statement")
			continue
		}
		if from, to, ok := x.namedOutlet(s, se, i, named); ok {
			o := lexicon.Org{Name: s.text(from, to), Kind: "media"}
			s.mentions = append(s.mentions, mention{from: from, to: to, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.named-outlet", words: []string{o.Name}})
			s.note(si, "actor", "actor.named-outlet", true, from, to, "a news medium's noun next to the name, which speaks")
			i = to - 1
			continue
		}
		if from, to, ok := x.namedLocalBody(s, se, i, named); ok {
			o := lexicon.Org{Name: s.text(from, to-1) + " " + strings.ToUpper(s.toks[to-1].Low[:1]) + s.toks[to-1].Low[1:], Kind: "government"}
			s.mentions = append(s.mentions, mention{from: from, to: to, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.local-body", words: []string{o.Name}})
			s.note(si, "actor", "actor.local-body", true, from, to, "a public body named after the place it serves")
			i = to - 1
			continue
		}
		if !x.orgNameWord(s, i, named) || x.gaz.Stop[s.toks[i].Low] && !x.gaz.In(lexicon.OrgOpener, s.toks[i].Low) && !s.headBeforeTail(se, i) {
			continue
		}
		head, end := -1, i
		for k := i; k < se.to; k++ {
			if x.orgNameWord(s, k, named) {
				if c, ok := s.matchOf(k); s.tokIn(lexicon.OrgHead, k) && k > i && (!ok || c.Kind != lexicon.PhraseCountry) {
					head = k // not the Federation of "the Russian Federation and Sweden": a country
				}
				end = k + 1
				continue
			}
			if isOrgJoiner(s.toks[k].Low) && k+1 < se.to && x.orgNameWord(s, k+1, named) && (head >= 0 || k == i+1 && s.headBeforeTail(se, i)) {
				head = max(head, i)
				continue // "Consortium of Investigative Journalists", "Department of Agriculture": the tail names it
			}
			break
		}
		if head < 0 && end > i && end < se.to && s.toks[end].Low == "coalition" && !s.inQuote[end] && !strings.Contains(s.text(i, end), "-") {
			head, end = end, end+1 // "the opposition's Democratic Unity coalition"
		}
		if c, ok := s.matchOf(i); head < 0 || ok && c.Kind == lexicon.PhraseCountry && c.To == end || i > se.from && namesWork(s.toks[i-1].Low) {
			// "the study, entitled War Watch, concludes": the title of a work, not a body
			i = end // "the Russian Federation" is a country
			continue
		}
		o := lexicon.Org{Name: s.text(i, end), Kind: "group"}
		s.mentions = append(s.mentions, mention{from: i, to: end, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.named-org", words: []string{o.Name}})
		s.note(si, "actor", "actor.named-org", true, i, end, "an organization noun heads the name")
		i = end
	}
}

// speakingAcronym reports an acronym the gazetteer does not know at token k that speaks
// or issues words: "a PMO statement said", "the TPLF said", "an NLD spokesman".
func (x *Extractor) speakingAcronym(s *scan, k int, named map[int]bool) bool {
	t := s.toks[k]
	if t.Kind != tokens.Word || !lexicon.IsAllCaps(t.Text) || len(t.Text) > 6 || strings.ContainsAny(t.Text, ".-0123456789") || named[k] || s.inQuote[k] || k+1 >= len(s.toks) || s.toks[k+1].Sent != t.Sent {
		return false
	}
	if _, ok := s.matchOf(k); ok || x.gaz.IsTitleWord(t.Low) || x.gaz.IsPostNominal(t.Text) {
		return false
	}
	if lexicon.IsAllCaps(s.toks[k+1].Text) {
		return false // "THE MANAGER CAME OVER AND SAID HE WAS SORRY": a shouted sentence, no acronym
	}
	return x.gaz.In(lexicon.AcronymSpeaks, s.toks[k+1].Low)
}

// orgNameWord reports a capitalized word outside quotations and person names that the
// gazetteer knows at most as a country or demonym ("Geneva Academy", "Sudan Doctors
// Network").
func (x *Extractor) orgNameWord(s *scan, k int, named map[int]bool) bool {
	t := s.toks[k]
	if t.Kind != tokens.Word || !t.Cap || named[k] || s.inQuote[k] || lexicon.IsDateWord(t.Low) || lexicon.IsAllCaps(t.Text) && len(t.Text) > 1 && !s.gaz.IsOrgHeadNoun(t.Low) { // "Commission on Friday": a date ends the name
		return false
	}
	if m, ok := s.matchOf(k); ok && m.Kind != lexicon.PhraseCountry && m.Kind != lexicon.PhraseDemonym {
		return false
	}
	return true
}

// headBeforeTail reports an organization noun that opens a name whose tail follows a
// joiner other than "and": "the U.S. Department of Agriculture notes", "the Committee on
// Foreign Affairs said".
func (s *scan) headBeforeTail(se sentence, i int) bool {
	return i+2 < se.to && s.toks[i].Cap && s.tokIn(lexicon.OrgHead, i) && isOrgJoiner(s.toks[i+1].Low) && s.toks[i+1].Low != "and" && s.toks[i+2].Cap
}

// namesWork reports a word after which a capitalized run is the title of a work or an
// operation ("a report entitled War Watch", "an operation dubbed Iron Sword").
func namesWork(w string) bool {
	return w == "entitled" || w == "titled" || w == "dubbed" || w == "codenamed" || w == "code-named"
}

func isOrgJoiner(w string) bool {
	return w == "of" || w == "for" || w == "and" || w == "on" || w == "&"
}

// namedOutlet returns the span of a name the gazetteer does not know that a noun of a news
// medium (words class outlet) stands right after or right before, when the medium is the
// source of words: the subject of a speech verb or after "according to". "the
// pro-government Sabah newspaper reported", "the Nikkei business daily reported" (two
// lower-case words at most between the name and the noun, no determiner or possessive),
// "according to the Hurriyet daily", "Turkish broadcaster NTV reported", "the newspaper
// Izvestia wrote". Wire copy names papers and broadcasters abroad this way, and the words
// are theirs; a name the gazetteer knows (Kommersant) is its own mention already, and a
// medium that only passes on someone's words ("quoted X as saying") leaves them to that
// person.
func (x *Extractor) namedOutlet(s *scan, se sentence, i int, named map[int]bool) (int, int, bool) {
	if i > se.from && s.toks[i-1].Cap && s.toks[i-1].Kind == tokens.Word {
		return 0, 0, false // inside a capitalized run
	}
	if i > se.from && s.tokIn(lexicon.Outlet, i-1) && !s.toks[i-1].Cap {
		// "broadcaster NTV reported": the noun before the name
		end := i
		for end < se.to && x.outletNameWord(s, se, end, named, true) {
			end++
		}
		return i, end, end > i && s.speechAfter(se, end)
	}
	if !x.outletNameWord(s, se, i, named, false) {
		return 0, 0, false
	}
	end := i + 1
	for end < se.to && (x.outletNameWord(s, se, end, named, false) || isDigits(s.toks[end].Text)) {
		end++
	}
	for k := end; k < se.to && k <= end+2; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || t.Cap || isDeterminer(t.Low) || lexicon.IsPronoun(t.Low) || t.Low == "its" || t.Low == "their" {
			break
		}
		if s.gaz.In(lexicon.Outlet, t.Low) {
			det := i
			if det > se.from && s.toks[det-1].Low == "the" {
				det--
			}
			return i, end, s.speechAfter(se, k+1) || s.accordingTo(se, det)
		}
	}
	return 0, 0, false
}

// namedLocalBody returns the span of a public body named by the place it serves, a
// capitalized run the gazetteer does not know right before a noun of words class
// local-body: "Tel Aviv police said", "reported that Tel Aviv police wanted to close the
// market". The body acts or speaks (a lower-case word or punctuation follows the noun);
// the place is no person. Not before a name ("Tel Aviv police chief Yossi Adler said":
// the chief speaks).
func (x *Extractor) namedLocalBody(s *scan, se sentence, i int, named map[int]bool) (int, int, bool) {
	if i > se.from && s.toks[i-1].Cap && s.toks[i-1].Kind == tokens.Word || !x.outletNameWord(s, se, i, named, false) {
		return 0, 0, false
	}
	end := i + 1
	for end < se.to && x.outletNameWord(s, se, end, named, false) {
		end++
	}
	if end+1 >= se.to || s.toks[end].Cap || !s.tokIn(lexicon.LocalBody, end) {
		return 0, 0, false
	}
	n := s.toks[end+1]
	if n.Kind == tokens.Word && (n.Cap || end+2 < se.to && s.toks[end+2].Cap && s.toks[end+2].Kind == tokens.Word) {
		return 0, 0, false
	}
	return i, end + 1, true
}

// outletNameWord reports a capitalized word at token k that may be part of a medium's
// name: outside quotations and person names, no date word nor a word the gazetteer knows
// (a country, an office: "the Russian newspaper"), no stop word opening the sentence
// ("Meanwhile"); all capitals ("NTV") only after the noun.
func (x *Extractor) outletNameWord(s *scan, se sentence, k int, named map[int]bool, caps bool) bool {
	t := s.toks[k]
	if t.Kind != tokens.Word || !t.Cap || named[k] || s.inQuote[k] || lexicon.IsDateWord(t.Low) || isDeterminer(t.Low) || k == se.from && x.gaz.Stop[t.Low] {
		return false
	}
	if lexicon.IsAllCaps(t.Text) && len(t.Text) > 1 && !caps {
		return false
	}
	_, ok := s.matchOf(k)
	return !ok
}

// isDigits reports a word of digits only: the number of a channel ("Channel 12").
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}
