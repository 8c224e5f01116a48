package gumeval_test

import (
	"strings"
	"testing"

	"hotline/importer/dates"
	"hotline/importer/dates/internal/gumeval"
	"hotline/importer/internal/gum"
)

// madeUp is a made-up document in GUM's CoNLL-U (only ID, FORM and MISC filled): a
// dateline marked across its tokens as a day, then a sentence with a day and a year.
const madeUp = `# newdoc id = made_up_talks
# meta::dateCreated = 2026-03-04
# meta::title = Envoys meet in Lisbon
# newpar
1	Wednesday	_	_	_	_	_	_	_	XML=<date when:::"2026-03-04">
2	,	_	_	_	_	_	_	_	_
3	March	_	_	_	_	_	_	_	_
4	4	_	_	_	_	_	_	_	SpaceAfter=No
5	,	_	_	_	_	_	_	_	_
6	2026	_	_	_	_	_	_	_	XML=</date>

# newpar
1	Envoy	_	_	_	_	_	_	_	_
2	Mara	_	_	_	_	_	_	_	_
3	Quist	_	_	_	_	_	_	_	_
4-5	didn't	_	_	_	_	_	_	_	_
4	did	_	_	_	_	_	_	_	_
5	n't	_	_	_	_	_	_	_	_
6	rest	_	_	_	_	_	_	_	_
7	on	_	_	_	_	_	_	_	_
8	March	_	_	_	_	_	_	_	XML=<date when:::"2026-03-03">
9	3	_	_	_	_	_	_	_	SpaceAfter=No|XML=</date>
10	,	_	_	_	_	_	_	_	_
11	as	_	_	_	_	_	_	_	_
12	in	_	_	_	_	_	_	_	_
13	2025	_	_	_	_	_	_	_	SpaceAfter=No|XML=<date when:::"2025"></date>
14	.	_	_	_	_	_	_	_	_
`

// titled is a made-up document whose first paragraph repeats its title, which marks a day.
const titled = `# newdoc id = made_up_heading
# meta::dateCreated = 2026-03-04
# meta::title = Envoys meet on March 4
# newpar
1	Envoys	_	_	_	_	_	_	_	_
2	meet	_	_	_	_	_	_	_	_
3	on	_	_	_	_	_	_	_	_
4	March	_	_	_	_	_	_	_	XML=<date when:::"2026-03-04">
5	4	_	_	_	_	_	_	_	XML=</date>

# newpar
1	They	_	_	_	_	_	_	_	_
2	met	_	_	_	_	_	_	_	SpaceAfter=No
3	.	_	_	_	_	_	_	_	_
`

func TestScore(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		omitTitle bool
		// gold and found day-level golds, those right, right years, our expressions
		dayGold, dayFound, dayRight, yearRight, exprs int
	}{
		{"dateline, day and year", madeUp, false, 2, 2, 2, 1, 3},
		{"title kept", titled, false, 1, 1, 1, 0, 1},
		{"title left out", titled, true, 1, 0, 0, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			docs, err := gum.Read(strings.NewReader(c.doc), gum.Options{OmitTitle: c.omitTitle})
			if err != nil {
				t.Fatal(err)
			}
			tally, misses := gumeval.Score(docs[0], gumeval.Run(dates.NewFinder(), docs[0]))
			if tally.Gold[gum.Day] != c.dayGold || tally.Found[gum.Day] != c.dayFound || tally.Right[gum.Day] != c.dayRight ||
				tally.Right[gum.Year] != c.yearRight || tally.Exprs != c.exprs || tally.Spurious != 0 {
				t.Errorf("tally %+v, misses %v", tally, misses)
			}
		})
	}
}
