package extract

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
