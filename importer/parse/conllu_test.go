package parse_test

import (
	"strings"
	"testing"

	"hotline/importer/parse"
)

const sample = `# sent_id = s1
# text = I don't know.
1	I	I	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	_
5	.	.	PUNCT	.	_	4	punct	_	SpaceAfter=No

# sent_id = s2
1	Hi	hi	INTJ	UH	_	0	root	_	_
`

func TestReadCoNLLU(t *testing.T) {
	sents, err := parse.ReadCoNLLU(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if s.ID != "s1" || s.Text != "I don't know." {
		t.Errorf("comments: id %q text %q", s.ID, s.Text)
	}
	var forms []string
	for _, w := range s.Words {
		forms = append(forms, w.Form)
	}
	if got := strings.Join(forms, " "); got != "I do n't know ." {
		t.Errorf("words %q: the multiword line must be skipped", got)
	}
	if w := s.Words[2]; w.Lemma != "not" || w.UPOS != "PART" || w.Head != 3 || w.Rel != "advmod" {
		t.Errorf("word 3 = %+v", w)
	}
	if s.Words[3].Head != -1 {
		t.Errorf("root head = %d, want -1", s.Words[3].Head)
	}

	bad := []struct{ name, text string }{
		{"too few fields", "1\tHi\thi\tINTJ\n"},
		{"ids out of order", "2\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"},
		{"head beyond sentence", "1\tHi\thi\tINTJ\tUH\t_\t5\troot\t_\t_\n"},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			if _, err := parse.ReadCoNLLU(strings.NewReader(b.text)); err == nil {
				t.Error("no error")
			}
		})
	}
}
