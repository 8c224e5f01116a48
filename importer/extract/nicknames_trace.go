package extract

import (
	"fmt"
	"strings"

	"hotline/importer/extract/trace"
)

// nicknameBlank is one quoted nickname blankNicknames blanked inside a name, kept so that
// explain can say so: the tokens show only the name that is left, and without a note the
// reader sees a given name or quotation marks vanish with no reason.
type nicknameBlank struct {
	at, end int    // rune offsets of the printed name, from given name to the word after the nickname
	printed string // the name as printed, marks and nickname included
	nick    string // the nickname's words
	given   string // the given name blanked with the marks (name.nickname-alias), or ""
	rule    string // name.nickname, name.nickname-known or name.nickname-alias
}

// noteNicknames records each blanking as a decision of the sentence that holds the name,
// with the words left of it. It runs after the sentences are split, as blankNicknames runs
// before the text is tokenized for good.
func (s *scan) noteNicknames(blanks []nicknameBlank) {
	if s.trace == nil {
		return
	}
	for _, b := range blanks {
		k := -1
		for i, t := range s.toks {
			if t.Start >= b.at {
				k = i
				break
			}
		}
		if k < 0 {
			continue
		}
		left := strings.Join(strings.Fields(string(s.rs[b.at:b.end])), " ")
		var why string
		switch b.rule {
		case "name.nickname-known":
			why = fmt.Sprintf("the nickname %q names a known actor: only its quotation marks blanked, leaving %q", b.nick, left)
		case "name.nickname-alias":
			why = fmt.Sprintf("nickname and family name are a known alias: the given name %q and the marks blanked, leaving %q", b.given, left)
		default:
			why = fmt.Sprintf("the quoted nickname %q blanked with its marks, leaving %q; a later bare %q is this person", b.nick, left, b.nick)
		}
		s.trace.Decisions = append(s.trace.Decisions, trace.Decision{Sentence: s.toks[k].Sent, Stage: "person", Rule: b.rule, Made: true, Text: b.printed, Why: why})
	}
}
