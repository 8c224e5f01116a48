package extract

// clause is a token range [from, to) of one sentence: sentences are cut at semicolons
// and before "but", "although", "though", "while", "whereas" and ", so", so that "X refused to meet
// Y, but the two spoke by phone" holds two clauses with their own negation and tense.
type clause struct{ from, to, sent int }

func (s *scan) clauses(si int) []clause {
	se := s.sents[si]
	var out []clause
	from := se.from
	for i := se.from; i < se.to; i++ {
		switch s.toks[i].Low {
		case ";", "but", "although", "though", "whereas", "while":
			if i > from {
				out = append(out, clause{from, i, si})
			}
			from = i + 1
		case "so":
			if i > from && s.toks[i-1].Text == "," {
				out = append(out, clause{from, i, si}) // "X could not attend, so Y met Z instead"
				from = i + 1
			}
		}
	}
	if se.to > from {
		out = append(out, clause{from, se.to, si})
	}
	return out
}

// commaWithin returns the first comma among tokens [from, to), or -1.
func (s *scan) commaWithin(from, to int) int {
	for k := from; k < to; k++ {
		if s.toks[k].Text == "," {
			return k
		}
	}
	return -1
}
