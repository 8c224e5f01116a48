package extract

import "hotline/importer/extract/lexicon"

// attendeesAfter returns the actors that a relative clause right after the contact noun of
// tr names as present at it: "a meeting in Vienna at which A and B were present", "talks
// in Doha, where A was also present", "a dinner at which A and B took part". They are the
// noun's other parties, met together. The relative marker must come within a few words of
// the noun, past its place and time ("in the spring of 2019 in Qatar"), before any other
// contact word, speech verb or end of clause; the list must end at the predicate of
// attendance. nil when there is no such clause.
func (r *resolver) attendeesAfter(at []int, tr trigger) []int {
	s := r.s
	if !tr.noun {
		return nil
	}
	end := s.sents[s.toks[tr.at].Sent].to
	rel := -1
	for k := tr.to; k < end && k < tr.to+14 && rel < 0; k++ {
		t := s.toks[k]
		switch {
		case t.Low == "which" && k > tr.to && (s.toks[k-1].Low == "at" || s.toks[k-1].Low == "in" || s.toks[k-1].Low == "during"):
			rel = k + 1
		case t.Low == "where":
			rel = k + 1
		case t.Text == "." || t.Text == ";" || t.Text == ":" || t.Low == "that" || t.Low == "who" || s.gaz.IsSpeechVerb(t.Low) || at[k] >= 0 && s.mentions[at[k]].kind == mPerson:
			return nil // "a meeting with A at which ...", "a meeting, the ministry said, where ..."
		default:
			if _, ok := s.gaz.ContactWords[t.Low]; ok {
				return nil
			}
		}
	}
	if rel < 0 {
		return nil
	}
	var out []int
	k := rel
	for k < end {
		if mi := at[k]; mi >= 0 {
			if !r.participantKind(mi) {
				return nil // "where the ministry's spokesman was present"
			}
			if a := s.mentions[mi].actor; !contains(out, a) {
				out = append(out, a)
			}
			k = s.mentions[mi].to
			continue
		}
		if w := s.toks[k].Low; len(out) > 0 && (w == "and" || w == ",") || w == "both" {
			k++
			continue
		}
		break
	}
	if len(out) == 0 || !s.attendancePredicate(k, end) {
		return nil
	}
	return out
}

// attendancePredicate reports a predicate of attendance at token k: "were (also) present",
// "was present", "took part", "participated".
func (s *scan) attendancePredicate(k, end int) bool {
	if k < end && (s.toks[k].Low == "was" || s.toks[k].Low == "were") {
		k++
		for k < end && (s.toks[k].Low == "also" || s.toks[k].Low == "both" || s.toks[k].Low == "all" || s.toks[k].Low == "reportedly" || s.toks[k].Low == "allegedly") {
			k++
		}
		return k < end && s.toks[k].Low == "present"
	}
	if k < end && (s.toks[k].Low == "also" || s.toks[k].Low == "both") {
		k++
	}
	return k < end && (s.toks[k].Low == "participated" || s.toks[k].Low == "took" && k+1 < end && s.toks[k+1].Low == "part")
}

// attendsNoun reports a definite contact noun that is the object of a predicate of
// attendance: "was (also) present at the meeting", "took part in the talks", "also
// attended the meeting with Y", "sat in on the talks", "hosted the meeting". Its subject
// is one more party of a meeting told before, not a party of a new one (joinsToldMeeting).
func (s *scan) attendsNoun(tr trigger) bool {
	k := s.beforeDefinite(tr)
	if k < 0 {
		return false
	}
	w := s.toks[k].Low
	if s.gaz.In(lexicon.Attend, w) || w == "joined" || s.hostsNoun(tr) {
		return true
	}
	if w != "at" && w != "in" && w != "during" && w != "on" || k == 0 {
		return false
	}
	switch p := s.toks[k-1].Low; p {
	case "present", "part", "participated", "participates", "in": // "sat in on the talks"
		return p != "in" || k >= 2 && s.toks[k-2].Low == "sat"
	}
	return false
}

// joinsToldMeeting returns the contact told within four sentences that frame f joins its
// subjects to: "A met B on Wednesday. C was also present at the meeting with B." is one
// meeting of A, B and C, not a second one of B and C. Every person the noun names after it
// must be a party of that contact; nil otherwise.
func (r *resolver) joinsToldMeeting(last *building, f frame) *building {
	if last == nil || f.another || f.sent-last.lastSent > 4 || f.sent == last.firstSent || len(f.subjects) == 0 {
		return nil
	}
	if len(f.objects) == 0 && (f.sent-last.lastSent > 2 || !r.s.hostsNoun(f.tr)) {
		return nil // "C hosted the meeting" right after it was told names no one else: it is the meeting told
	}
	if !subset(f.objects, last.parts) || !last.datesAgree(f) || !modesAgree(last.mode, f.mode) || !r.s.attendsNoun(f.tr) {
		return nil
	}
	return last
}

// attendedTogether reports persons of two countries or more listed before "attended" at
// token k, a meeting noun after it that is no gathering and no contact told before it:
// "A, B and C attended the trilateral meeting in Tokyo" is their meeting, as "talks
// attended by A, B and C" is (contact.attended-by); "A attended the summit" is none, and
// "A also attended the talks" joins the talks told before.
func (s *scan) attendedTogether(at []int, from, k int, tr trigger) bool {
	if !tr.noun || s.gaz.In(lexicon.Gathering, s.toks[tr.at].Low) || s.atToldContact(k+1, tr.to) {
		return false
	}
	countries := map[string]bool{}
	persons := 0
	for j := from; j < k; j++ {
		mi := at[j]
		if mi < 0 || s.mentions[mi].kind != mPerson || s.mentions[mi].to-1 != j {
			continue
		}
		persons++
		if c := s.mentions[mi].country; c != "" {
			countries[c] = true
		}
	}
	return persons >= 2 && len(countries) >= 2
}

// hostsNoun reports a definite contact noun right after a verb of hosting or chairing:
// "X hosted the meeting", "X chaired the talks". Told after the meeting, its host is one
// more of its parties (joinsToldMeeting).
func (s *scan) hostsNoun(tr trigger) bool {
	k := s.beforeDefinite(tr)
	return k >= 0 && s.gaz.In(lexicon.Convening, s.toks[k].Low)
}

// beforeDefinite returns the token before the "the" of a definite contact noun ("hosted"
// of "hosted the meeting", "at" of "present at the talks"), or -1.
func (s *scan) beforeDefinite(tr trigger) int {
	if !s.definiteNoun(tr) {
		return -1
	}
	k := tr.at - 1
	for k > 0 && s.toks[k].Low != "the" {
		k--
	}
	return k - 1
}
