package extract

import "hotline/importer/extract/trace"

// Explanation is what the rules saw and decided in one article, sentence by sentence: the
// answer to "why is this row here (or not)?" that `hotline explain` prints.
type Explanation struct {
	Published string // the publication date the dates were resolved against, or ""
	Sentences []SentenceTrace
	Result    Result // exactly what Extract returns for the same input
}

// SentenceTrace is one sentence with its tokens, mentions and the decisions made on it.
type SentenceTrace struct {
	Start, End int // rune offsets into Input.Text
	Text       string
	Furniture  bool // page furniture: no actor, quote or contact is read from it
	Tokens     []TokenTrace
	Mentions   []MentionTrace
	Decisions  []trace.Decision
	Parse      []ParseTrace // the dependency parse of a sentence with a contact word
}

// ParseTrace is one token of a sentence's dependency parse: its tag, its head (an index
// into the sentence's ParseTrace, -1 for the root) and its relation to the head.
type ParseTrace struct {
	Text, Lemma, Tag, Rel string
	Head                  int
}

// TokenTrace is one token with what the tokenizer and gazetteer made of it.
type TokenTrace struct {
	Text       string
	Start, End int    // rune offsets
	Tag        string // word, punct, quote or poss
	Gazetteer  string // office, country, demonym, org, ministry, known person, or ""
	Quoted     bool   // inside a quotation
}

// MentionTrace is one reference to an actor and the actor it was resolved to.
type MentionTrace struct {
	Text       string
	Start, End int    // rune offsets
	Kind       string // person, org, role, pronoun, official, org-reference, statement
	Rule       string
	Actor      string // the resolved actor's name, or "" when it resolved to none
}

// Explain extracts one article as Extract does and returns the trace of how.
func (x *Extractor) Explain(in Input) Explanation {
	t := &trace.Tracer{}
	res, s, r := x.extract(in, t)
	ex := Explanation{Published: in.Published, Result: res}
	if ex.Published == "" {
		ex.Published = x.Publication(in.Text)
	}
	for si, se := range s.sents {
		st := SentenceTrace{Start: se.start, End: se.end, Text: string(s.rs[se.start:se.end]), Furniture: x.furniture(s, si)}
		for k := se.from; k < se.to; k++ {
			tk := s.toks[k]
			tt := TokenTrace{Text: tk.Text, Start: tk.Start, End: tk.End, Tag: tk.Kind.String(), Quoted: s.inQuote[k]}
			if m, ok := s.matchOf(k); ok {
				tt.Gazetteer = m.Kind.String()
			}
			st.Tokens = append(st.Tokens, tt)
		}
		if y := x.syntaxOf(s, si); y != nil {
			for _, pt := range y.sent.Tokens {
				st.Parse = append(st.Parse, ParseTrace{Text: pt.Text, Lemma: pt.Lemma, Tag: pt.UPOS, Rel: pt.Rel, Head: pt.Head})
			}
		}
		ex.Sentences = append(ex.Sentences, st)
	}
	for _, m := range s.mentions {
		mt := MentionTrace{Text: s.text(m.from, m.to), Start: s.toks[m.from].Start, End: s.toks[m.to-1].End, Kind: m.kind.String(), Rule: m.rule}
		if m.actor >= 0 && m.actor < len(r.actors) {
			mt.Actor = r.actors[m.actor].name
		}
		ex.Sentences[m.sent].Mentions = append(ex.Sentences[m.sent].Mentions, mt)
	}
	for _, d := range t.Decisions {
		if d.Sentence >= 0 && d.Sentence < len(ex.Sentences) {
			ex.Sentences[d.Sentence].Decisions = append(ex.Sentences[d.Sentence].Decisions, d)
		}
	}
	return ex
}

func (k mKind) String() string {
	switch k {
	case mPerson:
		return "person"
	case mOrg:
		return "org"
	case mRole:
		return "role"
	case mPronoun:
		return "pronoun"
	case mOfficial:
		return "official"
	case mOrgRef:
		return "org-reference"
	}
	return "statement"
}
