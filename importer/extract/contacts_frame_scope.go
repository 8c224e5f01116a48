package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// laterEvent reports a contact noun introduced as the occasion before or after which the
// clause's contact happens: "ahead of a trilateral summit", "before the talks".
func (s *scan) laterEvent(noun trigger, c clause) bool {
	for k := noun.at - 1; k >= c.from && k >= noun.at-4; k-- {
		switch s.toks[k].Low {
		case "ahead", "before", "after", "following", "until", "since":
			return true
		}
	}
	return false
}

// gatheringTopic reports a gathering noun that is the object of talk ("the two leaders
// discussed the upcoming Quad summit", "discussed preparations for the G7 summit in a phone
// call", "talked about the summit"): the summit is what they spoke of, not a contact of
// theirs. Up to five words may stand between, none a verb of the contact's own (words
// class discussion, lexicon.Discussion).
func (s *scan) gatheringTopic(noun trigger, c clause) bool {
	if !s.gaz.In(lexicon.Gathering, s.toks[noun.at].Low) {
		return false
	}
	for k := noun.at - 1; k >= c.from && k >= noun.at-5; k-- {
		w := s.toks[k].Low
		if s.gaz.In(lexicon.Discussion, w) {
			return true
		}
		if _, contact := s.gaz.ContactWords[w]; s.toks[k].Kind != tokens.Word || contact {
			return false
		}
	}
	return false
}

// sinceBefore reports a contact verb in a "since" clause: "their first call since they met
// in November" recalls another, earlier contact.
func (s *scan) sinceBefore(tr trigger, c clause) bool {
	return !tr.noun && hasWord(s, max(c.from, tr.at-3), tr.at, "since")
}

// groupIntroduced reports objects introduced as one group by a plural office of several
// countries: "the foreign ministers of Jordan and Iraq, ...", "his counterparts from
// Japan and South Korea, ...".
func (s *scan) groupIntroduced(from, to int) bool {
	for k := from; k+1 < to; k++ {
		phrase, next := s.toks[k].Low, k+1
		if _, found := s.gaz.PluralOffice(phrase); !found && k+2 < to {
			phrase, next = phrase+" "+s.toks[k+1].Low, k+2 // "foreign ministers"
		}
		if _, found := s.gaz.PluralOffice(phrase); found && (s.toks[next].Low == "of" || s.toks[next].Low == "from") {
			return true
		}
	}
	return false
}

// withoutDefiniteParts drops a frame of "the meeting", "the call" whose parties are only
// some of another frame's in the same clause, refining that frame's mode instead: "A and B
// were joined by C at the meeting" is one meeting of A, B and C, and so is "A and B were
// joined by C and D for talks" (a noun after "for" is the purpose of the larger contact).
func withoutDefiniteParts(s *scan, full []frame) []frame {
	drop := make([]bool, len(full))
	for i, f := range full {
		if !f.tr.noun || f.tr.at == 0 || s.toks[f.tr.at-1].Low != "the" && !hasWord(s, f.tr.at-3, f.tr.at, "for") || len(f.actors) < 2 || f.join {
			continue
		}
		for j := range full {
			if j != i && !drop[j] && !full[j].join && len(full[j].actors) > len(f.actors) && subset(f.actors, full[j].actors) && modesAgree(full[j].mode, f.mode) {
				full[j].mode = refine(full[j].mode, f.mode)
				drop[i] = true
				break
			}
		}
	}
	var out []frame
	for i, f := range full {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}
