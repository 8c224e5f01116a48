package main_test

import (
	"regexp"
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// unnamedSpokespeople tells a named spokesperson's words as an unnamed one's: "Kremlin
// spokesman Dmitry Peskov said" -> "A Kremlin spokesman said", "Peter Cook, a spokesman
// for the Defense Department, said" -> "A spokesman for the Defense Department said".
// That changes the gold (GUIDELINES, "Quotes": an unnamed official's words are the
// organisation's), so it rewrites the gold copy too, as TestRegenderedTuneScore does for
// names: the person goes from the actors, the quotations the person spoke are the
// organisation's (the gold's organisation of that name, else a new optional one named as
// the lexicon names the body, with the printed words allowed too). Only a spokesperson the
// story names once, and in no contact, is rewritten: a later "Peskov said" would name no
// one the gold knows.
func unnamedSpokespeople(lex *lexicon.Lexicon, body string, art map[string]any) (string, bool) {
	actors, _ := art["actors"].([]any)
	contacts, _ := art["contacts"].([]any)
	surnames := map[string]bool{}
	for _, x := range actors {
		m := x.(map[string]any)
		if m["kind"] == "person" {
			ws := strings.Fields(m["name"].(string))
			surnames[ws[len(ws)-1]] = true
		}
	}
	changed := false
	for i := 0; i < len(actors); i++ {
		p := actors[i].(map[string]any)
		name, _ := p["name"].(string)
		role, _ := p["role"].(string)
		ws := strings.Fields(name)
		if p["kind"] != "person" || !spokesRole.MatchString(role) || len(ws) < 2 || inContact(contacts, name) || !namedOnce(body, ws) {
			continue
		}
		out, org, ok := unnameSpokesperson(body, name)
		if !ok || surnames[org] {
			continue
		}
		speaker, also := orgSpeakerName(lex, actors, org, p)
		body, changed = out, true
		actors = append(actors[:i:i], actors[i+1:]...)
		i--
		if speaker.isNew {
			actors = append(actors, map[string]any{"name": speaker.name, "kind": "organization", "country": p["country"], "optional": true})
		}
		quotes, _ := art["quotes"].([]any)
		for _, q := range quotes {
			qm := q.(map[string]any)
			if qm["speaker"] == name {
				qm["speaker"] = speaker.name
				qm["aliases_ok"] = also
			}
		}
	}
	art["actors"] = actors
	return body, changed
}

// namedOnce tells whether each word of a name occurs once in the body: "Hua told" after
// "Hua Chunying" names her again, whichever word is the family name.
func namedOnce(body string, words []string) bool {
	for _, w := range words {
		if len(regexp.MustCompile(`\b`+regexp.QuoteMeta(w)+`\b`).FindAllStringIndex(body, -1)) != 1 {
			return false
		}
	}
	return true
}

// inContact tells whether a gold contact has the person as a party.
func inContact(contacts []any, name string) bool {
	for _, c := range contacts {
		for _, who := range c.(map[string]any)["participants"].([]any) {
			if who == name {
				return true
			}
		}
	}
	return false
}

// unnameSpokesperson writes the one mention of a named spokesperson, with the office
// before the name or set off after it, as an unnamed spokesperson of the same body, outside
// quotations, and returns the body's words as printed ("Kremlin", "Defense Department").
func unnameSpokesperson(body, name string) (string, string, bool) {
	q := regexp.QuoteMeta(name)
	pre := regexp.MustCompile(`(^|[.!?]["”]? |[^\p{L}.'’-])` + spokesTitle + q + `\b`)
	post := regexp.MustCompile(`\b` + q + `, (?:a|the) (spokes(?:man|woman|person)|press secretary) (for|of|at) (the )?([A-Z][\p{L}.'’-]*(?: (?:of |and )?[A-Z][\p{L}.'’-]*){0,4}),( said| told)?`)
	org, done := "", false
	body = outsideQuotes(body, func(s string) string {
		if done {
			return s
		}
		if m := pre.FindStringSubmatchIndex(s); m != nil {
			g := pre.FindStringSubmatch(s[m[0]:m[1]])
			org, done = strings.TrimSpace(g[2]), true
			lead := g[1]
			article := "a"
			if strings.ContainsRune("AEIO", rune(org[0])) {
				article = "an"
			}
			if startsSentence(s[:m[0]] + lead) {
				article = capitalize(article)
			}
			return s[:m[0]] + lead + article + " " + org + " " + g[3] + s[m[1]:]
		}
		if m := post.FindStringSubmatchIndex(s); m != nil {
			g := post.FindStringSubmatch(s[m[0]:m[1]])
			org, done = g[4], true
			out := "a " + g[1] + " " + g[2] + " " + g[3] + g[4] + g[5]
			if startsSentence(s[:m[0]]) {
				out = capitalize(out)
			}
			if g[5] == "" {
				out += ","
			}
			return s[:m[0]] + out + s[m[1]:]
		}
		return s
	})
	return body, org, done
}

// startsSentence tells whether the text before a word, in a piece of a paragraph
// outside quotations, ends a sentence: nothing (the paragraph's start), or a full stop; a
// space alone follows a closing quotation mark.
func startsSentence(before string) bool {
	switch {
	case before == "":
		return true
	case strings.TrimSpace(before) == "":
		return false
	}
	return opens(before, false)
}

// speakerName is the gold speaker an unnamed spokesperson's words go to.
type speakerName struct {
	name  string
	isNew bool
}

// orgSpeakerName returns the gold organisation the words printed as org name, and the
// other names a quotation of it may carry: the story's organisation whose name or alias
// ends with the words ("State Department" of "US State Department"); else the lexicon's
// body the words name whole ("Defense Department": Pentagon), or the words after the
// person's country's adjective ("Foreign Ministry": "Chinese Foreign Ministry"), a new
// organisation, with the printed words allowed too.
func orgSpeakerName(lex *lexicon.Lexicon, actors []any, org string, p map[string]any) (speakerName, []any) {
	key := foldName(org)
	for _, x := range actors {
		m := x.(map[string]any)
		if m["kind"] != "organization" {
			continue
		}
		names := []string{m["name"].(string)}
		aliases, _ := m["aliases"].([]any)
		for _, a := range aliases {
			names = append(names, a.(string))
		}
		for _, n := range names {
			if k := foldName(n); k == key || strings.HasSuffix(k, " "+key) {
				return speakerName{name: m["name"].(string)}, []any{org}
			}
		}
	}
	also := []any{org}
	toks := tokens.Tokenize([]rune(org))
	if m, ok := lex.MatchAt(toks, 0); ok && m.To == len(toks) && m.Kind == lexicon.PhraseOrg {
		return speakerName{name: lex.Orgs[m.Idx].Name, isNew: true}, also
	}
	code, _ := p["country"].(string)
	for _, c := range lex.Countries {
		if c.Code == code && !strings.HasPrefix(org, c.Adjective) {
			return speakerName{name: c.Adjective + " " + org, isNew: true}, also
		}
	}
	return speakerName{name: org, isNew: true}, also
}

// foldName is a name in lower case without "the", dots and the US's prefixes, for
// comparing a printed body with the gold's.
func foldName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, ".", ""))
	s = strings.TrimPrefix(s, "the ")
	for _, p := range []string{"us ", "u s "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.Join(strings.Fields(s), " ")
}
