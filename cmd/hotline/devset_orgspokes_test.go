package main_test

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An organisation speaks in copy through many mouths: "the ministry said in a
// statement", "a statement from the ministry said", "a ministry spokesman said",
// "officials at the ministry said", "the Kremlin's press service said". The gold gives
// all of them the organisation as speaker (GUIDELINES, "Quotes": an unnamed official's
// words are the organisation's, and so are its statements), so rewriting one into
// another changes no gold field. A named spokesperson is a person speaker however the
// copy sets out the office: "Foreign Ministry spokeswoman Hua Chunying said" <-> "Hua
// Chunying, a spokeswoman for the Foreign Ministry, said"; the gold does not score roles.

// orgSpeaker is a gold organisation of a story that some gold quotation is attributed
// to: the forms the copy may print it by (its name and aliases, longest first) and the
// starts of the quotations it speaks, which tell the paragraphs that attribute them.
type orgSpeaker struct {
	forms  []string
	quotes []string
	// bodies are the forms of an alias that names an official of it, "official" left
	// out: "Israeli government" of "Israeli government official".
	bodies []string
}

// orgStory is what the organisation rewrites need of a story's gold: its speaking
// organisations and its persons.
type orgStory struct {
	orgs   []orgSpeaker
	people []paraPerson
}

// orgRewrite is one family of rewrites of a story's body.
type orgRewrite func(body string, st orgStory) string

// mouthWords mark an alias that names the organisation through a mouth ("Israeli
// official", "Kremlin press service"): the rewrites print the mouths themselves.
var mouthWords = regexp.MustCompile(`(?i)\b(?:officials?|sources|spokes\w*|press (?:service|office|secretary))\b`)

// goldOrgStories returns, by file name, each dev/tune article's speaking organisations and
// its persons.
func goldOrgStories(gold map[string]any) map[string]orgStory {
	out := map[string]orgStory{}
	people := goldPeople(gold)
	for _, a := range gold["articles"].([]any) {
		art := a.(map[string]any)
		file := art["file"].(string)
		st := orgStory{people: people[file]}
		quotes, _ := art["quotes"].([]any)
		actors, _ := art["actors"].([]any)
		for _, x := range actors {
			m := x.(map[string]any)
			if m["kind"] != "organization" {
				continue
			}
			var o orgSpeaker
			for _, q := range quotes {
				qm := q.(map[string]any)
				if qm["speaker"] == m["name"] {
					o.quotes = append(o.quotes, quoteStart(qm["text"].(string)))
				}
			}
			if len(o.quotes) == 0 {
				continue
			}
			o.forms = append(o.forms, m["name"].(string))
			aliases, _ := m["aliases"].([]any)
			for _, al := range aliases {
				s := al.(string)
				if !mouthWords.MatchString(s) {
					o.forms = append(o.forms, s)
				} else if b, ok := strings.CutSuffix(s, " official"); ok && !mouthWords.MatchString(b) {
					o.bodies = append(o.bodies, b)
				}
			}
			slices.SortStableFunc(o.forms, func(a, b string) int { return len(b) - len(a) })
			st.orgs = append(st.orgs, o)
		}
		out[file] = st
	}
	return out
}

// quoteStart is the start of a quotation's words that finds its paragraph.
func quoteStart(text string) string {
	if utf8.RuneCountInString(text) <= 30 {
		return text
	}
	return string([]rune(text)[:30])
}

// formPattern matches one of an organisation's forms as printed: any case, either
// apostrophe, whole words.
func formPattern(forms []string) string {
	var alts []string
	for _, f := range forms {
		q := regexp.QuoteMeta(f)
		q = strings.NewReplacer(`'`, `['’]`, `’`, `['’]`).Replace(q)
		alts = append(alts, q)
	}
	return `(?i:` + strings.Join(alts, "|") + `)\b`
}

// Parts of an organisation's attribution: the words before the organisation that make a
// mouth of it, those after it, the saying verb and a statement after it.
const (
	orgMouthBefore = `(?:(?:[Aa]n?|[Tt]he) (?:brief |written )?(?:statement|announcement|readout) (?:from|by|issued by|released by) |(?:[Aa]n?|[Tt]he) spokes(?:man|woman|person) for |[Oo]fficials (?:at|of|from) )?`
	orgMouthAfter  = `(?:['’]s (?:press service|press office|spokes(?:man|woman|person)|official spokesman))?`
	orgStatement   = `(?: in a (?:brief |written )?statement)?`
	orgVerb        = `(?:said|says|stated|told reporters)` + orgStatement
)

// orgSaid is how one family attributes to the organisation x (as printed, with its
// article: "the Kremlin", "Pakistan's foreign ministry"); post tells the attribution
// follows its quotation (`"...," X said.`), rest is the text after it. It returns false
// where the family has no words for that place.
type orgSaid func(x string, post bool, rest string) (string, bool)

// orgAttributions are the families of the organisation rewrite, by name.
var orgAttributions = []struct {
	name string
	say  orgSaid
}{
	{"said in a statement", func(x string, _ bool, _ string) (string, bool) { return x + " said in a statement", true }},
	{"a statement from", func(x string, _ bool, _ string) (string, bool) { return "a statement from " + x + " said", true }},
	{"according to a statement", accordingToStatement},
	{"said on its website", func(x string, _ bool, _ string) (string, bool) { return x + " said on its website", true }},
	{"a spokesperson for", func(x string, _ bool, _ string) (string, bool) { return "a spokesperson for " + x + " said", true }},
	{"an X spokesman", orgSpokesman},
	{"spokesperson told reporters", func(x string, _ bool, _ string) (string, bool) {
		return possessive(x) + " spokesperson told reporters", true
	}},
	{"officials at", func(x string, _ bool, _ string) (string, bool) { return "officials at " + x + " said", true }},
	{"press service", func(x string, _ bool, _ string) (string, bool) { return possessive(x) + " press service said", true }},
	{"said in a readout", func(x string, _ bool, _ string) (string, bool) { return x + " said in a readout", true }},
}

// accordingToStatement attributes a quotation it follows, `"...," according to a
// statement released by X.`, and opens a sentence whose clause "that" began, "X said that
// Japan had "..."" -> "According to a statement released by X, Japan had "..."" (the
// comma it ends with tells replaceOrg to drop the "that"); elsewhere the words would need
// the sentence rebuilt.
func accordingToStatement(x string, post bool, rest string) (string, bool) {
	switch {
	case post && strings.HasPrefix(rest, "."):
		return "according to a statement released by " + x, true
	case !post && strings.HasPrefix(rest, " that "):
		return "according to a statement released by " + x + ",", true
	}
	return "", false
}

// orgSpokesman prints the organisation as a spokesman's title, "a Kremlin spokesman
// said", where its form is a name of capitalised words ("the Kremlin", "the White
// House"), not a phrase ("Pakistan's foreign ministry").
func orgSpokesman(x string, _ bool, _ string) (string, bool) {
	bare := strings.TrimPrefix(x, "the ")
	for _, w := range strings.Fields(bare) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, "'’") {
			return "", false
		}
	}
	article := "a"
	if strings.ContainsRune("AEIOU", rune(bare[0])) {
		article = "an"
	}
	return article + " " + bare + " spokesman said", true
}

// possessive is x's possessive form.
func possessive(x string) string {
	if strings.HasSuffix(x, "s") {
		return x + "’"
	}
	return x + "’s"
}

// sayByOrg is the rewrite of one family: in each paragraph that holds a quotation of a
// gold organisation, each attribution to the organisation outside the quotations (its
// name or alias, plain or through a statement, a spokesman, officials or its press
// service, before or after the saying verb) is told in the family's words.
func sayByOrg(say orgSaid) orgRewrite {
	return func(body string, st orgStory) string {
		lines := strings.Split(body, "\n")
		for _, o := range st.orgs {
			x := `((?:[Tt]he )?` + formPattern(o.forms) + `)`
			normal := regexp.MustCompile(`(?:\b|^)` + orgMouthBefore + x + orgMouthAfter + ` ` + orgVerb + `\b`)
			spokes := regexp.MustCompile(`\b[Aa]n? ` + `(` + formPattern(o.forms) + `)` + ` spokes(?:man|woman|person) ` + orgVerb + `\b`)
			inverted := regexp.MustCompile(`^ said ` + orgMouthBefore + x + orgMouthAfter + orgStatement + `([.,])`)
			for i, line := range lines {
				if !holdsAny(line, o.quotes) {
					continue
				}
				lines[i] = rewriteOrgLine(line, say, normal, spokes, inverted)
			}
		}
		return strings.Join(lines, "\n")
	}
}

// holdsAny tells whether a paragraph holds one of the quotation starts.
func holdsAny(line string, quotes []string) bool {
	norm := strings.NewReplacer("’", "'", "‘", "'").Replace
	for _, q := range quotes {
		if strings.Contains(norm(line), norm(q)) {
			return true
		}
	}
	return false
}

// rewriteOrgLine tells each attribution of one paragraph in a family's words.
func rewriteOrgLine(line string, say orgSaid, normal, spokes, inverted *regexp.Regexp) string {
	pieces, inside := quoteSplit(line)
	for j, s := range pieces {
		if inside[j] {
			continue
		}
		post := j > 0 && strings.ContainsAny(strings.TrimRight(pieces[j-1], `"”`)[max(0, len(strings.TrimRight(pieces[j-1], `"”`))-1):], ",!?")
		if m := inverted.FindStringSubmatchIndex(s); m != nil && post {
			x := lowerThe(s[m[2]:m[3]])
			if out, ok := say(x, true, s[m[4]:]); ok {
				pieces[j] = " " + out + s[m[4]:]
			}
			continue
		}
		pieces[j] = replaceOrg(s, j == 0, post, say, normal, spokes)
	}
	return strings.Join(pieces, "")
}

// replaceOrg rewrites the attributions normal and spokes find in one piece of a
// paragraph outside quotations, one after the other; first tells the piece opens the
// paragraph, post that it follows a quotation.
func replaceOrg(s string, first, post bool, say orgSaid, normal, spokes *regexp.Regexp) string {
	for _, re := range []*regexp.Regexp{normal, spokes} {
		var b strings.Builder
		last := 0
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			before := s[:m[0]]
			x := lowerThe(s[m[2]:m[3]])
			if re == spokes {
				x = "the " + x
			}
			out, ok := say(x, post && strings.TrimSpace(before) == "", s[m[1]:])
			if !ok {
				continue
			}
			clause := strings.HasSuffix(out, ",")
			if clause && !opens(before, first) {
				continue // "According to ..., CLAUSE" only opens a sentence
			}
			if opens(before, first) {
				out = capitalize(out)
			}
			b.WriteString(s[last:m[0]] + out)
			last = m[1]
			if clause {
				last += len(" that")
			}
		}
		b.WriteString(s[last:])
		s = b.String()
	}
	return s
}

// opens tells whether text before a word starts a sentence there.
func opens(before string, first bool) bool {
	t := strings.TrimSpace(before)
	if t == "" {
		return first
	}
	return regexp.MustCompile(`[.!?]["”]?$`).MatchString(t) && sentenceStart(before)
}

// lowerThe writes an article opening an organisation's form in lower case.
func lowerThe(x string) string {
	if strings.HasPrefix(x, "The ") {
		return "the " + x[4:]
	}
	return x
}

// spokesTitle is a named spokesperson's office before the name, "Kremlin spokesman
// Dmitry Peskov": up to four capitalised words (the office's organisation) and the mouth.
const spokesTitle = `([A-Z][\p{L}.'’-]* (?:(?:of |and )?[A-Z][\p{L}.'’-]* ){0,4})(spokes(?:man|woman|person)|press secretary) `

// spokesAppositive is the office after the name, "Dmitry Peskov, a spokesman for the
// Kremlin," or "Josh Earnest, the White House press secretary,".
const spokesAppositive = `, (?:(?:a|the) (spokes(?:man|woman|person)|press secretary) (?:for|of|at) (?:the )?([A-Z][\p{L}.'’-]*(?: (?:of |and )?[A-Z][\p{L}.'’-]*){0,4})|(?:the )?((?:[A-Z][\p{L}.'’-]* ){1,4})(spokes(?:man|woman|person)|press secretary))(,|\.)`

// spokesRole marks the gold persons who speak for an organisation.
var spokesRole = regexp.MustCompile(`(?i)spokes|press secretary`)

// namedSpokespeople writes a gold spokesperson's office set before the name as an
// appositive after it, "Kremlin spokesman Dmitry Peskov said" -> "Dmitry Peskov, a
// spokesman for the Kremlin, said", and an appositive as the title before the name,
// outside quotations. The organisation takes "the" unless it is a gold person's surname
// ("Putin spokesman X" -> "X, a spokesman for Putin,").
func namedSpokespeople(body string, st orgStory) string {
	surnames := map[string]bool{}
	for _, p := range st.people {
		ws := strings.Fields(p.name)
		surnames[ws[len(ws)-1]] = true
	}
	for _, p := range st.people {
		if !spokesRole.MatchString(p.role) || len(strings.Fields(p.name)) < 2 {
			continue
		}
		name := regexp.QuoteMeta(p.name)
		pre := regexp.MustCompile(`(^|[^\p{L}.'’-])` + spokesTitle + name + `\b(,|\.| )`)
		post := regexp.MustCompile(`\b` + name + spokesAppositive)
		body = outsideQuotes(body, func(s string) string {
			if post.MatchString(s) {
				return post.ReplaceAllStringFunc(s, func(m string) string {
					g := post.FindStringSubmatch(m)
					org, mouth := strings.TrimSpace(g[2]), g[1]
					if org == "" {
						org, mouth = strings.TrimSpace(g[3]), g[4]
					}
					end := g[5]
					if end == "," {
						end = ""
					}
					return org + " " + mouth + " " + p.name + end
				})
			}
			return pre.ReplaceAllStringFunc(s, func(m string) string {
				g := pre.FindStringSubmatch(m)
				org := strings.TrimSpace(g[2])
				if !surnames[org] && !strings.HasPrefix(org, "The ") {
					org = "the " + org
				}
				out := g[1] + p.name + ", a " + g[3] + " for " + org
				if g[4] == " " {
					return out + ", "
				}
				return out + g[4]
			})
		})
	}
	return body
}

// orgHeads are the head nouns copy calls an organisation by once it has named it: "the
// ministry said", "the embassy said".
var orgHeads = map[string]bool{
	"ministry": true, "embassy": true, "office": true, "council": true, "government": true,
	"department": true, "agency": true, "committee": true, "commission": true, "service": true,
	"presidency": true, "consortium": true, "coalition": true,
}

// orgHeadReferences writes an organisation's attribution in a paragraph that holds one of
// its quotations as the head noun of its name, "China's Foreign Ministry said" -> "the
// ministry said", "a statement from the Iranian embassy in Brazil" -> "a statement from
// the embassy", where the story named the organisation in an earlier paragraph (so the
// reference has one to refer to), no word of that head stands between that name and the
// paragraph (another ministry would be the one referred to), and no other of the story's
// speaking organisations has that head.
func orgHeadReferences(body string, st orgStory) string {
	heads := map[string]int{}
	headOf := make([]string, len(st.orgs))
	for i, o := range st.orgs {
		for _, f := range o.forms {
			ws := strings.Fields(strings.ToLower(f))
			if w := ws[len(ws)-1]; orgHeads[w] {
				headOf[i] = w
				heads[w]++
				break
			}
		}
	}
	lines := strings.Split(body, "\n")
	for i, o := range st.orgs {
		head := headOf[i]
		if head == "" || heads[head] > 1 {
			continue
		}
		form := regexp.MustCompile(formPattern(o.forms))
		x := `((?:[Tt]he )?` + formPattern(o.forms) + `)`
		said := regexp.MustCompile(`(?:\b|^)` + orgMouthBefore + x + orgMouthAfter + ` ` + orgVerb + `\b|^ said ` + orgMouthBefore + x)
		headWord := regexp.MustCompile(`(?i)\b` + head + `\b`)
		seen := false // the organisation named, and no other body of that head since
		for li, line := range lines {
			if seen && holdsAny(line, o.quotes) {
				lines[li] = outsideQuotes(line, func(s string) string {
					var b strings.Builder
					last := 0
					for _, m := range said.FindAllStringSubmatchIndex(s, -1) {
						g := 2
						if m[g] < 0 {
							g = 4
						}
						ref := "the " + head
						if startsSentence(s[:m[g]]) {
							ref = capitalize(ref)
						}
						b.WriteString(s[last:m[g]] + ref)
						last = m[g+1]
					}
					b.WriteString(s[last:])
					return b.String()
				})
			}
			if ix := form.FindAllStringIndex(line, -1); ix != nil {
				seen = !headWord.MatchString(line[ix[len(ix)-1][1]:])
			} else if headWord.MatchString(line) {
				seen = false // "Japan's foreign ministry officials said": "the ministry" after it is Japan's
			}
		}
	}
	return strings.Join(lines, "\n")
}

// officialForms are the ways copy names one unnamed official of a body, taken in turn.
var officialForms = []func(body string) string{
	func(b string) string { return "an official with the " + b },
	func(b string) string { return "a senior " + b + " official" },
	func(b string) string { return "one " + b + " official" },
}

// unnamedOfficials writes an unnamed official of a gold speaking organisation, "a U.S.
// military official", "an Israeli government official", in the other ways copy names one
// ("an official with the U.S. military", "a senior U.S. military official", "one U.S.
// military official"), outside quotations: the words stay the organisation's (GUIDELINES,
// "Quotes"), so the gold stays.
func unnamedOfficials(body string, st orgStory) string {
	n := 0
	for _, o := range st.orgs {
		forms := append(append([]string{}, o.forms...), o.bodies...)
		re := regexp.MustCompile(`\b([Aa]n?|[Oo]ne) (?:senior )?(` + formPattern(forms) + `) official\b`)
		body = outsideQuotes(body, func(s string) string {
			return re.ReplaceAllStringFunc(s, func(m string) string {
				g := re.FindStringSubmatch(m)
				out := officialForms[n%len(officialForms)](g[2])
				n++
				if g[1][0] >= 'A' && g[1][0] <= 'Z' {
					out = capitalize(out)
				}
				return out
			})
		})
	}
	return body
}
