package extract

import "hotline/importer/dates"

// signatureReach is how many tokens after the name a signature's handle may stand: a
// second spelling of the name comes between ("— X / Y (@handle)").
const signatureReach = 6

// postAuthor returns the writer of the embedded social post that holds token at: the
// person a signature line names after a dash, with the account's handle in brackets after
// the name ("— Andrii Sybiha (@andrii_sybiha) March 4, 2025"), printed at the end of the
// post's own paragraph or as the paragraph right after it. The post's subjectless or
// first-person contact is the writer's, as in a quoted post (quotedAuthor); the
// signature itself is furniture of the embed. -1 when no signature closes the post.
func (r *resolver) postAuthor(at int) int {
	a, _ := r.signature(at)
	return a
}

// postDay returns the day a signed post's signature gives ("— X (@handle) March 3,
// 2025"), for the post that holds token at: its "today" and weekdays count from it, not
// from the article's publication. "" when no signature with a full date closes the post.
func (r *resolver) postDay(at int) string {
	s := r.s
	_, after := r.signature(at)
	if after < 0 {
		return ""
	}
	end := after
	for end < len(s.toks) && s.toks[end].Para == s.toks[after].Para && s.toks[end].Sent == s.toks[after].Sent {
		end++
	}
	for _, d := range s.findDates(after, end) {
		if d.e.Kind == dates.Absolute && d.e.Year > 0 && d.e.Day > 0 {
			return dates.Resolve(d.e, "", dates.Past)
		}
	}
	return ""
}

// signature finds the signature line that closes the post holding token at: the actor
// it names and the token after the handle's closing bracket, or -1, -1.
func (r *resolver) signature(at int) (actor, after int) {
	s := r.s
	para := s.toks[at].Para
	for k := at + 1; k < len(s.toks); k++ {
		t := s.toks[k]
		if t.Para != para && (t.Para != para+1 || s.toks[k-1].Para == t.Para) {
			return -1, -1 // past the post's paragraph and the first token of the next
		}
		if t.Text != "—" && t.Text != "–" {
			continue
		}
		mi := s.mentionAt(k + 1)
		if mi < 0 || s.mentions[mi].from != k+1 || r.actors[s.mentions[mi].actor].kind != "person" {
			continue
		}
		for j := s.mentions[mi].to; j+1 < len(s.toks) && j < s.mentions[mi].to+signatureReach && s.toks[j].Para == t.Para; j++ {
			if s.toks[j].Text != "(" || s.toks[j+1].Text != "@" {
				continue
			}
			for c := j + 2; c < len(s.toks) && s.toks[c].Para == t.Para; c++ {
				if s.toks[c].Text == ")" {
					return s.mentions[mi].actor, c + 1
				}
			}
			return s.mentions[mi].actor, -1
		}
	}
	return -1, -1
}

// entryDay returns the day the time stamp over the live-blog entry holding token at gives
// (Input.Stamps: "Tue 4 Mar 2025 18.05 GMT" -> 2025-03-04, its year from published when
// it prints none), "" when the stamp nearest before it gives a time only or none stands
// before it.
func (r *resolver) entryDay(at int, published string) string {
	start := r.s.toks[at].Start
	text := ""
	for _, st := range r.stamps {
		if st.At > start {
			break
		}
		text = st.Text
	}
	if text == "" {
		return ""
	}
	for _, e := range r.s.finder.Find(text) {
		if e.Kind == dates.Absolute && e.Day > 0 && e.Month > 0 && (e.Year > 0 || published != "") {
			return dates.Resolve(e, published, dates.Past)
		}
	}
	return ""
}
