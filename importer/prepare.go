package importer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"hotline/db"
	"hotline/importer/extract"
	"hotline/importer/names"
)

// prepared is what the writer needs of an article's rows that depends on the article
// alone: the actors' name keys, the evidence's surfaces and spans. The analysers compute it
// beside extraction, on every core, so that the one writer (doc.go: "what stays serial")
// only resolves ids and executes statements.
type prepared struct {
	actors   []actorPrep   // one per extracted actor
	contacts []contactPrep // one per extracted contact
	quotes   []evidence    // one per extracted quote
}

// actorPrep is one extracted actor's part of prepared.
type actorPrep struct {
	keys     []string        // distinctKeys: what resolution looks the actor up by
	nameKey  string          // the key of its trimmed name, "" when the name has none
	aliases  []alias         // the name forms writeAliases records, in order
	mentions []db.MentionRow // its mentions with usable spans; ArticleID and ActorID unset
}

// alias is a name form of an actor with its key.
type alias struct{ surface, key string }

// evidence is where a contact or quote stands in the text; nil spans are not stored.
type evidence struct{ span, sentence *db.Span }

// contactPrep is one extracted contact's part of prepared: its evidence, and its report as
// the contact index files it, but for the article's id and date (the writer's).
type contactPrep struct {
	evidence
	rep report
}

// preparer turns extraction results into prepared rows. Each analyser has its own: buf is
// the text of the article at hand as runes, reused from one article to the next (the
// prepared rows keep strings and offsets made from it, never the slice).
type preparer struct {
	buf []rune
}

// prepare computes an article's prepared rows from its cleaned text and extraction result.
func (p *preparer) prepare(cleaned string, res extract.Result) prepared {
	text := p.runesOf(cleaned)
	out := prepared{actors: make([]actorPrep, len(res.Actors)),
		contacts: make([]contactPrep, len(res.Contacts)), quotes: make([]evidence, len(res.Quotes))}
	for i, x := range res.Actors {
		out.actors[i] = prepareActor(text, x)
	}
	for i, c := range res.Contacts {
		span, _ := runeSpan(c.Evidence.Start, c.Evidence.End, len(text))
		out.contacts[i] = contactPrep{evidence: evidence{span: span, sentence: sentenceSpan(text, c.Evidence)},
			rep: contactReport(c)}
	}
	for i, q := range res.Quotes {
		out.quotes[i] = evidence{span: quoteSpan(text, q.Text, q.Evidence.Start, q.Evidence.End),
			sentence: sentenceSpan(text, q.Evidence)}
	}
	return out
}

// prepareActor is what writeActors and the resolver need of one extracted actor.
func prepareActor(text []rune, x extract.Actor) actorPrep {
	forms := append([]string{x.Name}, x.Aliases...)
	keys := make([]string, len(forms)) // names.Key of each form as the extractor gave it
	for i, s := range forms {
		keys[i] = names.Key(s)
	}
	p := actorPrep{keys: distinctKeys(keys)}
	// Aliases are the names the actor goes by (the extractor's), not every mention's
	// surface: "the official", "he" or "president" point at an actor without naming it.
	// They are trimmed, and a trimmed form has a key of its own; most forms have no
	// space to trim, and their keys are the ones above.
	for i, s := range forms {
		key := keys[i]
		if t := strings.TrimSpace(s); t != s {
			s, key = t, names.Key(t)
		}
		if i == 0 {
			p.nameKey = key
		}
		if key == "" || slices.ContainsFunc(p.aliases, func(a alias) bool { return a.surface == s }) {
			continue
		}
		p.aliases = append(p.aliases, alias{surface: s, key: key})
	}
	if len(x.Mentions) > 0 { // sized once: growing it was half of what prepareActor allocated itself
		p.mentions = make([]db.MentionRow, 0, len(x.Mentions))
	}
	for _, m := range x.Mentions {
		span, ok := runeSpan(m.Start, m.End, len(text))
		if !ok {
			continue
		}
		p.mentions = append(p.mentions, db.MentionRow{Surface: string(text[span.Start:span.End]),
			Sentence: m.Sentence, Span: *span, SentenceSpan: sentenceSpan(text, m), Rule: first(m.Rule, "unknown")})
	}
	return p
}

// runesOf is text as runes, in the preparer's buffer: a new slice per article was 3% of
// what an import allocated.
func (p *preparer) runesOf(text string) []rune {
	buf := p.buf[:0]
	if n := utf8.RuneCountInString(text); cap(buf) < n {
		buf = make([]rune, 0, n+n/4)
	}
	for _, c := range text {
		buf = append(buf, c)
	}
	p.buf = buf
	return buf
}
