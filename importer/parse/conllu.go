package parse

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// TreebankWord is one syntactic word of a CoNLL-U sentence. Head is 0-based with -1
// for the root, as in Token.
type TreebankWord struct {
	Form, Lemma, UPOS, XPOS, Rel string
	Head                         int
}

// TreebankSentence is one sentence of a CoNLL-U file: its text comment and its words.
// Multiword-token lines ("19-20 don't") and empty nodes ("8.1") are skipped: the
// words they cover are what the tagger and parser see.
type TreebankSentence struct {
	ID, Text string
	Words    []TreebankWord
}

// ReadCoNLLU reads a CoNLL-U file (https://universaldependencies.org/format.html). A
// malformed line is an error naming its line number.
func ReadCoNLLU(r io.Reader) ([]TreebankSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []TreebankSentence
	var cur TreebankSentence
	line := 0
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = TreebankSentence{}
	}
	for sc.Scan() {
		line++
		s := sc.Text()
		switch {
		case s == "":
			flush()
			continue
		case strings.HasPrefix(s, "#"):
			if v, ok := strings.CutPrefix(s, "# sent_id = "); ok {
				cur.ID = v
			} else if v, ok := strings.CutPrefix(s, "# text = "); ok {
				cur.Text = v
			}
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("line %d: %d fields, want 10", line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(cur.Words)+1 {
			return nil, fmt.Errorf("line %d: word id %q out of sequence", line, f[0])
		}
		head, err := strconv.Atoi(f[6])
		if err != nil || head < 0 {
			return nil, fmt.Errorf("line %d: bad head %q", line, f[6])
		}
		cur.Words = append(cur.Words, TreebankWord{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Rel: f[7], Head: head - 1})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	for _, s := range out {
		for i, w := range s.Words {
			if w.Head >= len(s.Words) {
				return nil, fmt.Errorf("sentence %s: word %d has head %d beyond the sentence", s.ID, i+1, w.Head+1)
			}
		}
	}
	return out, nil
}
