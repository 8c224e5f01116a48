package trace

// Decision is one step of the rules on one sentence, kept for `hotline explain`: which
// rule made something (Made) or was tried and refused, and why.
type Decision struct {
	Sentence int    // index into Explanation.Sentences
	Stage    string // "person", "quote", "contact" or "date"
	Rule     string // the rule name (as in Span.Rule) or the check that refused
	Made     bool   // the rule produced a row; false: tried and refused
	Text     string // the words decided on
	Why      string // a short reason, in words
}

// Tracer collects decisions while one article is explained. Extract runs without one: a
// nil tracer records nothing, so tracing costs the import only a nil check.
type Tracer struct {
	Decisions []Decision
}
