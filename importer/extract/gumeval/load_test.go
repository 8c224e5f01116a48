package gumeval_test

import (
	"os"
	"path/filepath"
	"testing"

	"hotline/importer/extract/gumeval"
)

// madeUp is a made-up document in GUM's CONLL-U: a title paragraph, a contraction, a
// nested entity, a one-word entity and a quotation.
const madeUp = `# newdoc id = made_up
# meta::dateCreated = 2021-04-05
# meta::title = Envoy visits
# newpar
# text = Envoy visits
1	Envoy	envoy	NOUN	NN	_	2	nsubj	_	_
2	visits	visit	VERB	VBZ	_	0	root	_	_

# newpar
# text = Minister Tamsk Oduya didn't wait.
1	Minister	minister	PROPN	NNP	_	3	compound	_	Entity=(1-person-new-sss-cf1-2,3-coref-Tamsk_Oduya
2	Tamsk	Tamsk	PROPN	NNP	_	3	flat	_	_
3	Oduya	Oduya	PROPN	NNP	_	6	nsubj	_	Entity=1)
4-5	didn't	_	_	_	_	_	_	_	_
4	did	do	AUX	VBD	_	6	aux	_	_
5	n't	not	PART	RB	_	6	advmod	_	_
6	wait	wait	VERB	VB	_	0	root	_	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	_	_

# text = "Now," he said.
1	"	"	PUNCT	"	_	2	punct	_	SpaceAfter=No|XML=<quote>
2	Now	now	ADV	RB	_	6	ccomp	_	SpaceAfter=No
3	,	,	PUNCT	,	_	2	punct	_	SpaceAfter=No
4	"	"	PUNCT	''	_	2	punct	_	XML=</quote>
5	he	he	PRON	PRP	_	6	nsubj	_	Entity=(1-person-giv-sss-cf1-1-coref)
6	said	say	VERB	VBD	_	0	root	_	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	_	_
`

func TestLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "made_up.conllu")
	if err := os.WriteFile(path, []byte(madeUp), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := gumeval.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	d := docs[0]
	t.Run("article", func(t *testing.T) {
		if want := "Minister Tamsk Oduya didn't wait. \"Now,\" he said."; d.Text != want {
			t.Errorf("text %q, want %q", d.Text, want)
		}
		if d.Title != "Envoy visits" || d.Published != "2021-04-05" {
			t.Errorf("title %q, published %q", d.Title, d.Published)
		}
		if d.Tokens[0].Start != -1 || d.Tokens[2].Start != 0 || d.Tokens[5].Start != 21 || d.Tokens[6].End != 27 {
			t.Errorf("offsets %+v", d.Tokens[:7])
		}
	})
	t.Run("entities", func(t *testing.T) {
		if len(d.Entities) != 2 {
			t.Fatalf("entities %+v", d.Entities)
		}
		name, he := d.Entities[0], d.Entities[1]
		if name.From != 2 || name.To != 5 || name.Head != 4 || name.Name != 4 || !name.Named || he.Named || he.Chain != name.Chain {
			t.Errorf("entities %+v", d.Entities)
		}
		if c := d.Chains[1]; c.Type != "person" || !c.Named || c.Size != 2 {
			t.Errorf("chain %+v", c)
		}
	})
	t.Run("quotes", func(t *testing.T) {
		if len(d.Quotes) != 1 || d.Quotes[0] != (gumeval.Span{From: 9, To: 13}) {
			t.Errorf("quotes %+v", d.Quotes)
		}
	})
}
