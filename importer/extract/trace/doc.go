// Package trace holds what `hotline explain` shows of the rules: a Decision records, for
// one sentence, the rule that made a row (its name, as in extract.Span.Rule) or the check
// that refused it, and why. Extraction runs with a nil *Tracer and records nothing; Explain
// passes one and collects every decision.
package trace
