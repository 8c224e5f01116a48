package extract_test

import (
	"sort"
	"strings"

	"hotline/importer/extract"
	"hotline/importer/names"
)

// The dev scorer: the same matching rules as shared/eval/score.py, applied to one
// extract.Result per gold article.

type goldFile struct {
	Articles []goldArticle `json:"articles"`
}

type goldArticle struct {
	File     string        `json:"file"`
	Actors   []goldActor   `json:"actors"`
	Contacts []goldContact `json:"contacts"`
	Quotes   []goldQuote   `json:"quotes"`
}

type goldActor struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Kind     string   `json:"kind"`
	Country  *string  `json:"country"`
	Optional bool     `json:"optional"`
}

type goldContact struct {
	Participants []string `json:"participants"`
	Mode         string   `json:"mode"`
	Status       string   `json:"status"`
	Date         *string  `json:"date"`
	DateText     string   `json:"date_text"`
	Optional     bool     `json:"optional"`
}

type goldQuote struct {
	Speaker   *string  `json:"speaker"`
	Text      string   `json:"text"`
	AliasesOK []string `json:"aliases_ok"`
	Optional  bool     `json:"optional"`
}

// tally counts true positives, false positives and false negatives.
type tally struct{ tp, fp, fn int }

func (t tally) f1() float64 {
	if t.tp == 0 {
		return 0
	}
	p := float64(t.tp) / float64(t.tp+t.fp)
	r := float64(t.tp) / float64(t.tp+t.fn)
	return 2 * p * r / (p + r)
}

// ratio is an accuracy.
type ratio struct{ ok, n int }

func (r *ratio) add(ok bool) {
	r.n++
	if ok {
		r.ok++
	}
}

func (r ratio) value() float64 {
	if r.n == 0 {
		return 1
	}
	return float64(r.ok) / float64(r.n)
}

// scoreTitle reports the titles score.py drops from names.
func scoreTitle(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "adm", "admiral", "president",
		"secretary", "minister", "sir", "lt", "maj", "sgt", "the":
		return true
	}
	return false
}

// scoreKey is score.py's name_key.
func scoreKey(name string) string {
	f := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r == ' ' || r == '-' {
			return r
		}
		return ' '
	}, names.Fold(name))
	var w []string
	for _, x := range strings.Fields(strings.ReplaceAll(f, "-", " ")) {
		if x = strings.Trim(x, "'"); x != "" && !scoreTitle(x) {
			w = append(w, x)
		}
	}
	if len(w) > 2 {
		var k []string
		for i, x := range w {
			if !(len(x) == 1 && i > 0 && i < len(w)-1) {
				k = append(k, x)
			}
		}
		w = k
	}
	for i, x := range w {
		w[i] = strings.TrimSuffix(x, "'s")
	}
	return strings.Join(w, " ")
}

func (a goldActor) keys() map[string]bool {
	k := map[string]bool{scoreKey(a.Name): true}
	for _, al := range a.Aliases {
		k[scoreKey(al)] = true
	}
	return k
}

// resolveGold returns the index of the gold actor a predicted name matches, or -1.
func resolveGold(g goldArticle, name string) int {
	k := scoreKey(name)
	for i, a := range g.Actors {
		if a.keys()[k] {
			return i
		}
	}
	return -1
}

// scoreWords is score.py's words: runs of letters and digits of the folded text.
func scoreWords(s string) []string {
	return strings.FieldsFunc(names.Fold(s), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
}

func overlapF1(a, b string) float64 {
	wa, wb := scoreWords(a), scoreWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	common := map[string]int{}
	for _, w := range wa {
		common[w]++
	}
	hit := 0
	for _, w := range wb {
		if common[w] > 0 {
			common[w]--
			hit++
		}
	}
	if hit == 0 {
		return 0
	}
	p, r := float64(hit)/float64(len(wb)), float64(hit)/float64(len(wa))
	return 2 * p * r / (p + r)
}

// participantKey is the sorted set of gold indexes (or "?name") of a list of names.
func participantKey(g goldArticle, names []string) string {
	var k []string
	for _, n := range names {
		if i := resolveGold(g, n); i >= 0 {
			k = append(k, string(rune('A'+i)))
		} else {
			k = append(k, "?"+n)
		}
	}
	sort.Strings(k)
	return strings.Join(k, "|")
}

func contactNames(res extract.Result, c extract.Contact) []string {
	var out []string
	for _, p := range c.Participants {
		out = append(out, res.Actors[p].Name)
	}
	return out
}
