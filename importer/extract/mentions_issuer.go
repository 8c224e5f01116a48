package extract

import (
	"slices"
	"strings"
	"unicode"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// Issuer reads the person who issued a first-person release from the header lines of the
// raw body, which cleaning strips: "The Hon Julie Bishop MP", "Senator the Hon Bob Carr",
// "MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER FA90 19 June 2002", a name
// line beside the line of the minister's office (nameBesideOffice). The
// release's "I" is that person (Input.Issuer). "" when the header names nobody so.
func (x *Extractor) Issuer(body string) string {
	var lines [][]string // the first eight lines that hold words
	for _, l := range strings.Split(body, "\n") {
		if ws := strings.Fields(l); len(ws) > 0 && len(lines) < 8 {
			lines = append(lines, ws)
		}
	}
	for i, ws := range lines {
		if len(ws) > 14 {
			continue
		}
		if name := x.honourableName(ws); name != "" {
			return name
		}
		if name := x.ministerInCapitals(ws); name != "" {
			return name
		}
		if name := x.nameBesideOffice(lines, i); name != "" {
			return name
		}
		if name := x.knownByline(ws); name != "" {
			return name
		}
	}
	if labelledLines(body) < 2 {
		return ""
	}
	for _, ws := range lines {
		if name := x.nameCommaOffice(ws); name != "" {
			return name
		}
	}
	return ""
}

// labelledLines counts the lines of body that open with a transcript's speaker label:
// words in capitals and a colon ("MR. PRICE: ...", "QUESTION: ...").
func labelledLines(body string) int {
	n := 0
	for l := range strings.SplitSeq(body, "\n") {
		label, _, ok := strings.Cut(strings.TrimSpace(l), ": ")
		if ok && label != "" && len(strings.Fields(label)) <= labelMaxTokens && capsWord(label) {
			n++
		}
	}
	return n
}

// nameCommaOffice reads the header line of a briefing's transcript that names its briefer,
// "Ned Price, Department Spokesperson": a name of two or three capitalised words that a
// given name opens, a comma, and capitalised words that hold an office. Under it, the
// briefer's label gives the surname alone ("MR. PRICE:"), and the transcript's "I" of no
// other turn is the briefer's.
func (x *Extractor) nameCommaOffice(ws []string) string {
	k := slices.IndexFunc(ws, func(w string) bool { return strings.HasSuffix(w, ",") })
	if k < 1 || k > 2 || len(ws)-k-1 < 1 || len(ws)-k-1 > 5 || !x.firstName(ws[0]) {
		return ""
	}
	name := append(slices.Clone(ws[:k]), strings.TrimSuffix(ws[k], ","))
	for _, w := range append(slices.Clone(name), ws[k+1:]...) {
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return ""
		}
	}
	toks := tokens.Tokenize([]rune(strings.Join(ws[k+1:], " ")))
	for i := range toks {
		if m, ok := x.gaz.MatchAt(toks, i); ok && m.Kind == lexicon.PhraseOffice {
			return strings.Join(name, " ")
		}
	}
	return ""
}

// nameBesideOffice reads a header line that is only a name, "Penny Wong" or "Senator
// Penny Wong", right above or below a line that names a minister's office ("Minister for
// Foreign Affairs", "MINISTER FOR TRADE", "Prime Minister of Australia", capitalised
// words and joiners only, so no headline): the release's signer. A given name the lexicon
// knows, or "Senator", vouches for the name.
func (x *Extractor) nameBesideOffice(lines [][]string, i int) string {
	ws := lines[i]
	senator := len(ws) > 0 && ws[0] == "Senator"
	if senator {
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > 3 || !senator && !x.firstName(titleWord(ws[0])) {
		return ""
	}
	for _, w := range ws {
		if r := []rune(w); !unicode.IsUpper(r[0]) || strings.ContainsAny(w, ".,:;0123456789") {
			return ""
		}
	}
	office := func(j int) bool { // only capitalised words and joiners: no headline's verb
		if j < 0 || j >= len(lines) || len(lines[j]) > 8 {
			return false
		}
		minister := false
		for _, w := range lines[j] {
			switch r := []rune(w); {
			case w == "Minister" || w == "MINISTER":
				minister = true
			case w == "for" || w == "of" || w == "the" || w == "and" || w == "&":
			case !unicode.IsUpper(r[0]) || x.firstName(titleWord(w)) || x.knownIndex([]string{w}) >= 0:
				return false // a headline's verb, or a caption naming its holder: "Prime Minister Narendra Modi"
			}
		}
		return minister
	}
	if !office(i-1) && !office(i+1) {
		return ""
	}
	name := make([]string, len(ws))
	for k, w := range ws {
		if allCaps(w) {
			w = titleWord(w)
		}
		name[k] = w
	}
	return strings.Join(name, " ")
}

// honourableName reads "(Senator) The Hon <Name> (MP)": the whole line is the name and
// its honorifics.
func (x *Extractor) honourableName(ws []string) string {
	i := 0
	if i < len(ws) && ws[i] == "Senator" {
		i++
	}
	if i+1 >= len(ws) || !strings.EqualFold(ws[i], "the") || ws[i+1] != "Hon" && ws[i+1] != "Hon." && ws[i+1] != "Honourable" {
		return ""
	}
	name := ws[i+2:]
	for len(name) > 0 && x.gaz.IsPostNominal(name[len(name)-1]) {
		name = name[:len(name)-1]
	}
	// a post-nominal ("MP") or "Senator" vouches for a given name the lexicon lacks
	vouched := i > 0 || len(name) < len(ws)-i-2 || len(name) > 0 && x.firstName(name[0])
	if len(name) < 2 || len(name) > 4 || !vouched {
		return ""
	}
	for _, w := range name {
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return ""
		}
	}
	return strings.Join(name, " ")
}

// ministerInCapitals reads a header in capitals that names a minister's office and then
// the minister: "MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER": a given name and the word
// after it.
func (x *Extractor) ministerInCapitals(ws []string) string {
	office := -1
	for i, w := range ws {
		if w == "MINISTER" {
			office = i
			break
		}
	}
	if office < 0 {
		return ""
	}
	for i := office + 1; i+1 < len(ws); i++ {
		first, last := ws[i], ws[i+1]
		if !allCaps(first) || !allCaps(last) || len(first) < 2 || len(last) < 2 {
			continue
		}
		if f := titleWord(first); x.firstName(f) {
			return f + " " + titleWord(last)
		}
	}
	return ""
}

func allCaps(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// titleWord writes a word in capitals as a name: "DOWNER" -> "Downer".
func titleWord(w string) string {
	r := []rune(strings.ToLower(w))
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// issuerMentions makes each "I" of sentence si outside quotations a mention of the
// release's issuer, by name, so that "I met King Abdullah" is the issuer's meeting.
func (x *Extractor) issuerMentions(s *scan, si int, issuer string) {
	if issuer == "" {
		return
	}
	words := strings.Fields(issuer)
	se := s.sents[si]
	for i := se.from; i < se.to; i++ {
		if t := s.toks[i]; t.Text != "I" || t.Kind != tokens.Word || s.inQuote[i] {
			continue
		}
		s.mentions = append(s.mentions, mention{from: i, to: i + 1, kind: mPerson, words: words, known: x.knownIndex(words), titled: true, sent: si, actor: -1, rule: "actor.issuer"})
	}
}

// TitleIssuer reads the person who signs a first-person statement from its headline:
// "Statement from President Joe Biden on the Call with ...", "Remarks by Prime Minister
// Anthony Albanese": a word of public words (class utterance) opens the title and "from"
// or "by" follows it, then the signer's titles and name. Leaders' offices publish such
// statements in the first person ("Today, I spoke with President X"), so their "I" is
// the signer, as a release header's is (Input.Issuer). "" when the headline names nobody
// so: a readout ("Readout of ...'s Call") tells of its leader in the third person.
func (x *Extractor) TitleIssuer(title string) string {
	ws := strings.FieldsFunc(title, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(`"“”‘’:;,|()`, r) })
	if len(ws) < 4 || !x.gaz.In(lexicon.Utterance, strings.ToLower(ws[0])) || ws[1] != "from" && ws[1] != "by" {
		return ""
	}
	var run []string // the capitalised words after "from"/"by": titles, then the name
	for _, w := range ws[2:] {
		if strings.EqualFold(w, "and") {
			return "" // "Remarks by President X and Prime Minister Y": two speakers, no one "I"
		}
		if r := []rune(w); !unicode.IsUpper(r[0]) && !(len(run) > 0 && w == "bin") {
			break
		}
		if low := strings.ToLower(w); len(run) > 0 && (x.gaz.In(lexicon.Preposition, low) || x.gaz.In(lexicon.Precedes, low) || x.gaz.In(lexicon.Follows, low)) {
			break // a headline in title case: "Remarks by President X Before Marine One Departure"
		}
		run = append(run, w)
	}
	for i, w := range run {
		if len(run)-i < 2 || len(run)-i > 4 {
			continue
		}
		if x.firstName(w) || x.knownIndex(run[i:]) >= 0 {
			return strings.Join(run[i:], " ")
		}
	}
	if len(run) > 0 && x.knownIndex(run[len(run)-1:]) >= 0 {
		return run[len(run)-1] // "Statement from President Biden": the one known actor of that surname
	}
	return ""
}

// knownByline reads a byline that names a well-known actor, "By Penny Wong" over an op-ed
// a minister signs: the piece's "I" is that person. A reporter's byline names no one the
// lexicon knows, and stays no one's.
func (x *Extractor) knownByline(ws []string) string {
	if len(ws) < 3 || len(ws) > 5 || ws[0] != "By" && ws[0] != "BY" {
		return ""
	}
	name := ws[1:]
	for i, w := range name {
		if allCaps(w) {
			name[i] = titleWord(w)
		}
	}
	if k := x.knownIndex(name); k >= 0 {
		return x.gaz.People[k].Name
	}
	return ""
}
