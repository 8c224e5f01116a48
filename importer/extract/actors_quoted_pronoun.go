package extract

// quotationSpeakers returns the persons who speak, outside quotation marks, in the
// sentences a quotation holding token i opens, spans or closes in, or in the one right
// after it in its paragraph (`"He is a legend." Perkins said.`): the one who says the
// words speaks of himself as "I", so a "he" or "him" inside them is someone else (`Stan
// said, "When he was winning in the polls, I thought ..."` is not Stan). nil when token i
// is in no quotation.
func (r *resolver) quotationSpeakers(i int) []int {
	s := r.s
	if !s.inQuote[i] {
		return nil
	}
	at := s.toks[i].Start
	for _, q := range s.quotes {
		if at < q.Start || at >= q.End {
			continue
		}
		first, last := s.toks[i].Sent, s.toks[i].Sent
		for first > 0 && s.sents[first].start > q.Open && s.sents[first-1].para == s.sents[first].para {
			first--
		}
		for last+1 < len(s.sents) && s.sents[last].end <= q.Close && s.sents[last+1].para == s.sents[last].para {
			last++
		}
		if last+1 < len(s.sents) && s.sents[last+1].para == s.sents[last].para && s.sents[last].end <= q.Close+1 {
			last++ // the attribution after a quotation that ends its sentence
		}
		var out []int
		for k := first; k <= last; k++ {
			for _, mi := range s.sentenceMentions(k) {
				o := &s.mentions[mi]
				if o.actor >= 0 && (o.kind == mPerson || o.kind == mPronoun && o.from < i) && !s.inQuote[o.from] && r.actors[o.actor].kind == "person" && r.x.speaks(s, o) && !contains(out, o.actor) {
					out = append(out, o.actor)
				}
			}
		}
		return out
	}
	return nil
}

// notTheQuoted returns the actor of pronoun m, unless m stands inside a quotation whose
// speaker that actor is: then the subject of sentence si or one before it that is not
// the speaker, else none.
func (r *resolver) notTheQuoted(m *mention, subject map[int]int, named map[int][]int, p string, si int) int {
	if m.actor < 0 || !r.s.inQuote[m.from] {
		return m.actor
	}
	speakers := r.quotationSpeakers(m.from)
	if !contains(speakers, m.actor) {
		return m.actor
	}
	if si < 0 {
		return -1
	}
	return r.pronounSubject(subject, named, si, p, append(speakers, r.quotedPersons(m.sent)...))
}
