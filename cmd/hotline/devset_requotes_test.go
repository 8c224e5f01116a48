package main_test

import (
	"regexp"
	"strings"
	"unicode"
)

// A requote prints a story's quotations in another of the shapes newsrooms use for the
// same words: a quotation split around its attribution, a quotation that runs on over
// paragraphs (AP's and Reuters' convention), a speaker introduced a sentence or a
// paragraph before "he said", a quotation set after "X said in a statement:", an
// attribution in the middle of a sentence, and a speaker called by the role the story
// gave them. Each keeps every gold quotation's words and speaker true: the words inside
// the marks stay the gold's, and where a rewrite cuts a quotation in two, the longer part
// (at least three quarters of the words, so that score.py's word overlap of 0.8 still
// matches it with the gold quotation) carries on the gold's, and the shorter is returned
// as an optional gold quotation of the same speaker (an optional item never counts
// against the importer, and the words are a quotation there now).

// requoteArticle is what a requote knows of a story's gold: its persons and quotations.
type requoteArticle struct {
	people []paraPerson
	quotes []goldQuote
}

// goldQuote is a gold quotation: its words and speaker.
type goldQuote struct{ text, speaker string }

// quoteCut is a gold quotation a rewrite printed in parts: the words as told, the parts.
type quoteCut struct {
	whole string
	parts []string
}

// requote is one family of rewrites: it returns the story's new body and the gold
// quotations it cut.
type requote func(body string, art requoteArticle) (string, []quoteCut)

// quotedWords are a text's words as score.py compares them: lower case, letters and digits.
func quotedWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// speakerOf returns the gold speaker of the quotation whose words are text, or "".
func (a requoteArticle) speakerOf(text string) string {
	w := strings.Join(quotedWords(text), " ")
	for _, q := range a.quotes {
		if w != "" && strings.Join(quotedWords(q.text), " ") == w {
			return q.speaker
		}
	}
	return ""
}

// person returns the gold person named name, and whether there is one.
func (a requoteArticle) person(name string) (paraPerson, bool) {
	for _, p := range a.people {
		if p.name == name {
			return p, true
		}
	}
	return paraPerson{}, false
}

// lastWord is a name's last word: the surname of "Condoleezza Rice".
func lastWord(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// attributedPara is a paragraph that opens with a quotation closed by a comma and its
// attribution (or has it after sentences of narration with no quotation marks), `"...," Rice said.` or `"...," said Rice on Monday.` (a name or he/she,
// "said" or "added" before the name, "said", "added", "told", "says", "stressed" or
// "noted" after it, then words up to the sentence's end), then maybe more sentences: 1
// the narration before, 2 the opening mark, 3 the words, 4 the closing mark, 5
// said-name's name, 6 name-said's name, 7 the verb of 6, 8 the words after the verb, 9
// the rest.
var attributedPara = regexp.MustCompile(`^((?:[^"“”]*[.?!] )?)(["“])([^"“”]+?),(["”]) (?:(?:said|added) (` + nameRun + `)|(` + nameRun + `|[Hh]e|[Ss]he) (said|added|told|says|stressed|noted))((?:[ ,][^"“”]*?)?)\.((?: [^"“”]*)?)$`)

// attribution is a match of attributedPara, read.
type attribution struct {
	lead, open, words, close, name, verb, tail, rest string
}

// readAttributed reads a paragraph as attributedPara, or false.
func readAttributed(par string) (attribution, bool) {
	m := attributedPara.FindStringSubmatch(par)
	if m == nil {
		return attribution{}, false
	}
	a := attribution{lead: m[1], open: m[2], words: m[3], close: m[4], name: m[5] + m[6], verb: m[7], tail: m[8], rest: m[9]}
	if a.verb == "" {
		a.verb = "said"
	}
	return a, true
}

// said prints the attribution as "Name said" and the words after the verb (a pronoun in
// lower case), with no full stop.
func (a attribution) said() string {
	if a.name == "He" || a.name == "She" {
		return strings.ToLower(a.name) + " " + a.verb + a.tail
	}
	return a.name + " " + a.verb + a.tail
}

// cutQuote cuts a quotation's words in two where a newsroom would, at the first
// sentence's end (byComma false: ". " before a capital) or the first comma, so that each
// part holds four words or more: the first part and the second, or false.
func cutQuote(words string, byComma bool) (string, string, bool) {
	cut := regexp.MustCompile(`[.?!] [A-Z“"']`)
	if byComma {
		cut = regexp.MustCompile(`, [\p{L}]`)
	}
	for _, ix := range cut.FindAllStringIndex(words, -1) {
		a, b := words[:ix[0]+1], words[ix[0]+2:]
		if len(quotedWords(a)) >= 4 && len(quotedWords(b)) >= 4 && !strings.ContainsAny(a, `"“”`) {
			return a, b, true
		}
	}
	return "", "", false
}

// asClause ends a quotation's first part as it reads before its attribution: `"It is
// late," he said`: a full stop becomes a comma, a question or exclamation mark stays.
func asClause(a string) string {
	if strings.HasSuffix(a, ".") || strings.HasSuffix(a, ",") {
		return a[:len(a)-1] + ","
	}
	return a
}

// asSentence ends a quotation's words as a sentence: a comma becomes a full stop.
func asSentence(b string) string {
	b = strings.TrimSuffix(b, ",")
	if !strings.HasSuffix(b, ".") && !strings.HasSuffix(b, "?") && !strings.HasSuffix(b, "!") {
		b += "."
	}
	return b
}

// capitalized is s with its first letter in upper case.
func capitalized(s string) string {
	r := []rune(s)
	for i, c := range r {
		if unicode.IsLetter(c) {
			r[i] = unicode.ToUpper(c)
			break
		}
	}
	return string(r)
}

// eachParagraph rewrites a body paragraph by paragraph: f gets the paragraph, the one
// after it (or "") and returns the new paragraph, optional gold quotations, and whether
// it also consumed the next paragraph.
func eachParagraph(body string, f func(par, next string) (string, []quoteCut, bool)) (string, []quoteCut) {
	lines := strings.Split(body, "\n")
	var out []string
	var extra []quoteCut
	for i := 0; i < len(lines); i++ {
		next := ""
		if i+1 < len(lines) {
			next = lines[i+1]
		}
		par, ex, both := f(lines[i], next)
		out = append(out, par)
		extra = append(extra, ex...)
		if both {
			i++
		}
	}
	return strings.Join(out, "\n"), extra
}

// splitQuotes cuts a quotation with its attribution after it at a sentence's end inside
// it, `"A. B," X said.` -> `"A," X said. "B."`, and every other time with the second part
// in a paragraph of its own, `"A," X said.` / `"B."`: the second part has no attribution
// of its own.
func splitQuotes(body string, art requoteArticle) (string, []quoteCut) {
	n := 0
	return eachParagraph(body, func(par, _ string) (string, []quoteCut, bool) {
		a, ok := readAttributed(par)
		who := art.speakerOf(a.words)
		if !ok || who == "" {
			return par, nil, false
		}
		first, second, ok := cutQuote(a.words, false)
		if !ok {
			return par, nil, false
		}
		sep := " "
		if n%2 == 1 && a.rest == "" {
			sep = "\n"
		}
		n++
		out := a.lead + a.open + asClause(first) + a.close + " " + a.said() + "." + sep + a.open + asSentence(second) + a.close + a.rest
		return out, []quoteCut{{a.words, []string{first, second}}}, false
	})
}

// midSentence sets the attribution in the middle of a quoted sentence, at a comma,
// `"A, b," X said.` -> `"A," X said, "b."`: two quotations, the second long enough to
// match the gold's one.
func midSentence(body string, art requoteArticle) (string, []quoteCut) {
	return eachParagraph(body, func(par, _ string) (string, []quoteCut, bool) {
		a, ok := readAttributed(par)
		who := art.speakerOf(a.words)
		if !ok || who == "" || strings.Contains(a.tail, ",") {
			return par, nil, false
		}
		first, second, ok := cutQuote(a.words, true)
		if !ok {
			return par, nil, false
		}
		out := a.lead + a.open + first + a.close + " " + a.said() + ", " + a.open + asSentence(second) + a.close + a.rest
		return out, []quoteCut{{a.words, []string{strings.TrimSuffix(first, ","), second}}}, false
	})
}

// colonIntros are the attributions that end with a colon before a quotation paragraph,
// one picked by the quotation's length: %s is the speaker, %v the verb.
var colonIntros = []string{"%s %v in a statement:", "In a statement, %s %v:", "%s %v on Monday:", "%s %v in a post on X:", "%s %v:"}

// statementColon sets a quotation after its attribution, in a paragraph of its own,
// `"...," X said.` -> `X said in a statement:` / `"...."` (or "In a statement, X said:",
// "X said on Monday:", "X said in a post on X:", "X said:").
func statementColon(body string, art requoteArticle) (string, []quoteCut) {
	return eachParagraph(body, func(par, _ string) (string, []quoteCut, bool) {
		a, ok := readAttributed(par)
		if !ok || a.tail != "" || a.verb != "said" && a.verb != "added" || art.speakerOf(a.words) == "" {
			return par, nil, false
		}
		name := a.name
		if name == "He" || name == "She" {
			name = strings.ToLower(name)
		}
		intro := strings.NewReplacer("%s", name, "%v", a.verb).Replace(colonIntros[len(a.words)%len(colonIntros)])
		return a.lead + capitalized(intro) + "\n" + a.open + asSentence(a.words) + a.close + a.rest, nil, false
	})
}

// runOnParagraphs prints a quotation that goes on in the next paragraph as AP and Reuters
// do: no closing mark at the end of the first paragraph, an opening one at the start of
// the next. A paragraph that ends with a quotation of two sentences or more goes on in a
// paragraph of its own after the first (`"A," X said. "B. C."` -> `"A," X said. "B.` /
// `"C."`), a quotation of two sentences or more with its attribution after it goes on
// with it in the next (`"A. B," X said.` -> `"A.` / `"B," X said.`: the attribution
// comes a paragraph after the words), and a paragraph that ends with a quotation loses
// its closing mark where the next opens with a quotation of the same speaker.
func runOnParagraphs(body string, art requoteArticle) (string, []quoteCut) {
	last := regexp.MustCompile(`(["“])([^"“”]+[.?!])(["”])$`)
	opens := regexp.MustCompile(`^["“]([^"“”]+)["”]`)
	return eachParagraph(body, func(par, next string) (string, []quoteCut, bool) {
		if a, ok := readAttributed(par); ok && art.speakerOf(a.words) != "" {
			if first, second, ok := cutQuote(a.words, false); ok {
				out := a.lead + a.open + first + "\n" + a.open + second + "," + a.close + " " + a.said() + "." + a.rest
				return out, []quoteCut{{a.words, []string{first, second}}}, false
			}
		}
		m := last.FindStringSubmatch(par)
		if m == nil {
			return par, nil, false
		}
		who := art.speakerOf(m[2])
		if who == "" {
			return par, nil, false
		}
		if n := opens.FindStringSubmatch(next); n != nil && who == art.speakerOf(n[1]) {
			return strings.TrimSuffix(par, m[3]), nil, false
		}
		first, second, ok := cutQuote(m[2], false)
		if !ok {
			return par, nil, false
		}
		head := strings.TrimSuffix(par, m[1]+m[2]+m[3])
		return head + m[1] + first + "\n" + m[1] + second + m[3], []quoteCut{{m[2], []string{first, second}}}, false
	})
}

// runOnWrapped is runOnParagraphs hard-wrapped at 72 columns without blank lines, where
// only the short line that ends a paragraph tells it ended.
func runOnWrapped(body string, art requoteArticle) (string, []quoteCut) {
	out, extra := runOnParagraphs(body, art)
	if out == body {
		return body, nil
	}
	return hardWrapped(storyFile{body: out}.paragraphs(), 72, false), extra
}

// introductions are the sentences that bring a speaker on before "he said", one picked by
// the quotation's length;
// %o, another person of the story named before, whose words the speaker was asked about:
// "he" is still the one the sentence speaks of, its subject.
var introductions = []string{"%s spoke to reporters.", "%s was asked about the matter.", "%s was asked about %o's remarks.", "Reporters asked %s about the talks.", "%s took questions from reporters.", "Speaking to reporters, %s was upbeat.", "%s spoke to reporters on Monday."}

// otherNamedBefore returns the surname of a gold person other than who whose full name the
// body prints before the paragraph at, or "".
func otherNamedBefore(body string, at int, who string, people []paraPerson) string {
	for _, p := range people {
		if i := strings.Index(body, p.name); p.name != who && lastWord(p.name) != lastWord(who) && i >= 0 && i < at && len(strings.Fields(p.name)) > 1 {
			return lastWord(p.name)
		}
	}
	return ""
}

// speakerBefore names a person who speaks a sentence or a paragraph before the quotation
// and attributes it to "he" or "she" (the gender read from the article's pronouns), and a
// quotation alone of the same person in the next paragraph, `"...," Rice said.`, to "she
// added": `"...," Rice said.` -> `Rice spoke to reporters. "...," she said.`
func speakerBefore(body string, art requoteArticle) (string, []quoteCut) {
	n := 0
	out, _ := eachParagraph(body, func(par, next string) (string, []quoteCut, bool) {
		a, ok := readAttributed(par)
		who := art.speakerOf(a.words)
		p, person := art.person(who)
		if !ok || !person || lastWord(a.name) != lastWord(who) {
			return par, nil, false
		}
		pronoun := map[string]string{"male": "he", "female": "she"}[genderOf(body, p, art.people)]
		if pronoun == "" {
			return par, nil, false
		}
		intro := strings.Replace(introductions[len(a.words)%len(introductions)], "%s", a.name, 1) // varied across stories
		if o := otherNamedBefore(body, strings.Index(body, par), who, art.people); o != "" {
			intro = strings.Replace(intro, "%o", o, 1)
		} else if strings.Contains(intro, "%o") {
			intro = strings.Replace(introductions[0], "%s", a.name, 1)
		}
		sep := " "
		if n%2 == 1 {
			sep = "\n"
		}
		n++
		out := a.lead + intro + sep + a.open + a.words + "," + a.close + " " + pronoun + " " + a.verb + a.tail + "." + a.rest
		if b, ok := readAttributed(next); ok && b.lead == "" && b.rest == "" && b.tail == "" && b.name == a.name && art.speakerOf(b.words) == who {
			return out + "\n" + b.open + b.words + "," + b.close + " " + pronoun + " added.", nil, true
		}
		return out, nil, false
	})
	return out, nil
}

// roleNouns are the head words of gold roles that name a speaker after the first mention:
// "the minister said", "the spokeswoman added", "the professor said".
var roleNouns = map[string]bool{
	"minister": true, "president": true, "secretary": true, "premier": true, "chancellor": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "ambassador": true, "envoy": true,
	"senator": true, "governor": true, "general": true, "adviser": true, "advisor": true, "diplomat": true,
	"candidate": true, "professor": true, "researcher": true, "expert": true, "negotiator": true,
	"leader": true, "commander": true, "representative": true,
}

// roleNoun is the role word copy calls a person by after the first mention: the head of
// the gold role (before a comma, "of", "to", "on" or "for"), "the minister" for a foreign
// minister, "the professor" for a "political science professor, University of X", but
// "the prime minister", "the vice president" and "the press secretary", whom no newsroom
// calls by the last word alone. "" for a role a qualifier opens ("deputy", "former"),
// which copy keeps.
func roleNoun(role string) string {
	role = strings.ToLower(role)
	if i := strings.Index(role, ","); i >= 0 {
		role = role[:i]
	}
	for _, cut := range []string{" of ", " to ", " on ", " for "} {
		if i := strings.Index(role, cut); i >= 0 {
			role = role[:i]
		}
	}
	switch w := strings.Fields(role); {
	case len(w) == 0 || w[0] == "deputy" || w[0] == "former" || w[0] == "acting" || w[0] == "vice" && len(w) > 2:
		return ""
	}
	for _, two := range []string{"prime minister", "vice president", "press secretary", "first minister"} {
		if strings.HasSuffix(role, two) {
			return two
		}
	}
	return lastWord(role)
}

// roleSpeakers names the speaker of a quotation by the role the story gave them, after
// the first full mention: `"...," Rice said.` -> `"...," the secretary said.` /
// `"...," the spokeswoman added.`, where no other gold person of the article holds a
// role of that word.
func roleSpeakers(body string, art requoteArticle) (string, []quoteCut) {
	count := map[string]int{}
	for _, p := range art.people {
		count[roleNoun(p.role)]++
	}
	n := 0
	out, _ := eachParagraph(body, func(par, _ string) (string, []quoteCut, bool) {
		a, ok := readAttributed(par)
		who := art.speakerOf(a.words)
		p, person := art.person(who)
		role := roleNoun(p.role)
		if !ok || !person || a.name != lastWord(who) || !roleNouns[lastWord(role)] || count[role] > 1 || role == "minister" && count["prime minister"] > 0 {
			return par, nil, false
		}
		if first := strings.Index(body, who); first < 0 || first > strings.Index(body, par) {
			return par, nil, false
		}
		verb := []string{"said", "added"}[n%2]
		if strings.Contains(a.tail, "adding") || a.verb != "said" && a.verb != "added" {
			verb = a.verb // not "added, adding that", nor "added CNN" for "told CNN"
		}
		n++
		return a.lead + a.open + a.words + "," + a.close + " the " + role + " " + verb + a.tail + "." + a.rest, nil, false
	})
	return out, nil
}
