package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"hotline/importer/names"
)

// blankNicknames blanks the quoted nickname printed inside a person's name, with its
// quotation marks, in rs: `Ferdinand "Bongbong" Marcos Jr.`, `Ramoncito “Bong” Villaflor`,
// `Luiz Inácio "Lula" da Silva`. Left in place, the marks cut the name in two (the given
// name became a person of its own, the family name an unvouched surname) and the nickname
// stood as a quotation of no one. Blanked with spaces, offsets stay those of the article,
// and the name reads as given and family name. A nickname that names a known actor, alone
// or with the word after it ("Lula", "Bongbong Marcos"), keeps its words and loses only its
// marks, so that the gazetteer still finds the actor ("Luiz Inácio Lula da Silva"); before
// an alias of nickname and family name the given name goes too, as the alias leaves it out
// ("Ferdinand "Bongbong" Marcos Jr." is the known "Bongbong Marcos", not a new person).
// It returns nil if it blanked nothing, else the key (names.Key) of each nickname whose
// words it blanked -> the rune offset of the word after it, so that a later bare "Bong"
// is the person whose name holds that word; and each blanking with its rule, so that
// explain shows what the tokens no longer do (noteNicknames).
//
// A nickname is one or two capitalized words between a pair of quotation marks, after a
// capitalized word and before a capitalized word or a name particle ("da", "bin"), all in
// one run: a real short quotation begins lower-case or runs longer (`called Jones "a
// liar"`), and an epithet after a lower-case word ("the so-called "Iron Lady" Thatcher")
// is left as printed.
func (x *Extractor) blankNicknames(rs []rune, toks []tokens.Token) (map[string]int, []nicknameBlank) {
	var blanked map[string]int
	var done []nicknameBlank
	for i := 1; i+3 < len(toks); i++ {
		open, before := toks[i], toks[i-1]
		if open.Kind != tokens.QuoteMark || before.Kind != tokens.Word || !before.Cap || open.Start != before.End+1 {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+2 && toks[j].Kind == tokens.Word && toks[j].Cap {
			j++
		}
		if j == i+1 || j+1 >= len(toks) || toks[j].Kind != tokens.QuoteMark || !pairedMarks(open.Text, toks[j].Text) {
			continue
		}
		after := toks[j+1]
		if after.Kind != tokens.Word || !(after.Cap || lexicon.IsParticle(after.Low)) || after.Start != toks[j].End+1 || toks[i+1].Start != open.End || toks[j].Start != toks[j-1].End {
			continue
		}
		nick := make([]string, 0, j-i)
		for _, t := range toks[i+1 : j] {
			nick = append(nick, t.Text)
		}
		if blanked == nil {
			blanked = map[string]int{} // non-nil: the text changed
		}
		nb := nicknameBlank{at: before.Start, end: after.End, printed: string(rs[before.Start:after.End]), nick: joinWords(nick), rule: "name.nickname"}
		switch {
		case x.knownIndex(nick) >= 0:
			rs[open.Start], rs[toks[j].Start] = ' ', ' '
			nb.rule = "name.nickname-known"
		case x.knownIndex(append(nick, after.Text)) >= 0:
			for k := before.Start; k <= open.Start; k++ { // the given name the alias leaves out
				rs[k] = ' '
			}
			rs[toks[j].Start] = ' '
			nb.rule, nb.given = "name.nickname-alias", before.Text
		default:
			for k := open.Start; k <= toks[j].End; k++ { // the marks, the nickname and one space
				rs[k] = ' '
			}
			if _, seen := blanked[names.Key(joinWords(nick))]; !seen {
				blanked[names.Key(joinWords(nick))] = after.Start
			}
		}
		done = append(done, nb)
		i = j
	}
	return blanked, done
}

// pairedMarks reports whether open and close are the two marks of one quotation.
func pairedMarks(open, close string) bool {
	switch open {
	case `"`, "''", "``":
		return close == `"` || close == "''"
	case "“":
		return close == "”" || close == `"`
	case "‘":
		return close == "’"
	case "'":
		return close == "'"
	}
	return false
}

// nicknamed returns the actor whose name was printed with the nickname p's words spell
// (`Ramoncito "Bong" Villaflor` ... "Bong said"), or -1.
func (r *resolver) nicknamed(p *mention) int {
	at, ok := r.s.nicknames[names.Key(joinWords(p.words))]
	if !ok {
		return -1
	}
	for _, m := range r.s.mentions {
		if m.kind == mPerson && m.actor >= 0 && m.from < len(r.s.toks) && r.s.toks[m.from].Start <= at && at < r.s.toks[m.to-1].End {
			return m.actor
		}
	}
	return -1
}
