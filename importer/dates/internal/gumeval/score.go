package gumeval

import (
	"fmt"
	"regexp"
	"strings"

	"hotline/importer/internal/gum"
)

// Tally counts one split's gold dates, the finder's expressions and how they meet.
type Tally struct {
	Docs int
	// Gold, Found and Right count by grain (index gum.Grain): gold dates, those a found
	// expression overlaps, and those whose overlapping expression resolves to the gold's
	// value at the gold's grain (Day, Month and Year only).
	Gold, Found, Right [gum.Other + 1]int
	// Exprs counts the finder's expressions, Spurious those that overlap no gold date.
	Exprs, Spurious int
}

// Add adds o to t.
func (t *Tally) Add(o Tally) {
	t.Docs += o.Docs
	for g := range t.Gold {
		t.Gold[g] += o.Gold[g]
		t.Found[g] += o.Found[g]
		t.Right[g] += o.Right[g]
	}
	t.Exprs += o.Exprs
	t.Spurious += o.Spurious
}

// Miss is a gold date not found or found with another value, or an expression of ours
// that overlaps no gold date (Gold nil).
type Miss struct {
	Doc   string
	Gold  *gum.Date
	Found *Found
}

// String prints a miss for a log: the gold, then what was found.
func (m Miss) String() string {
	ours := "-"
	if m.Found != nil {
		ours = fmt.Sprintf("%s %q=%s", m.Found.Kind, m.Found.Text, m.Found.Value)
	}
	if m.Gold == nil {
		return fmt.Sprintf("%s: spurious %s", m.Doc, ours)
	}
	g := m.Gold.Value
	if m.Gold.Grain == gum.Range {
		g = m.Gold.From + ".." + m.Gold.To
	}
	return fmt.Sprintf("%s: gold %s %q=%s, ours %s", m.Doc, m.Gold.Grain, m.Gold.Text, g, ours)
}

// Score compares the expressions found in d with its gold dates (one left out of the
// text with the title is found by none).
func Score(d gum.Doc, found []Found) (Tally, []Miss) {
	t := Tally{Docs: 1, Exprs: len(found)}
	var misses []Miss
	for i := range d.Dates {
		g := &d.Dates[i]
		t.Gold[g.Grain]++
		f := bestOverlap(g, found)
		if f == nil {
			misses = append(misses, Miss{d.ID, g, nil})
			continue
		}
		t.Found[g.Grain]++
		switch {
		case g.Grain == gum.Range || g.Grain == gum.Other:
		case atGrain(f.Value, g.Value):
			t.Right[g.Grain]++
		default:
			misses = append(misses, Miss{d.ID, g, f})
		}
	}
	for i := range found {
		f := &found[i]
		if !overlapsGold(f, d.Dates) {
			t.Spurious++
			misses = append(misses, Miss{d.ID, nil, f})
		}
	}
	return t, misses
}

// bestOverlap returns the found expression that shares most runes with g, or nil.
func bestOverlap(g *gum.Date, found []Found) *Found {
	var best *Found
	most := 0
	for i := range found {
		if n := min(g.End, found[i].End) - max(g.Start, found[i].Start); n > most {
			best, most = &found[i], n
		}
	}
	return best
}

// overlapsGold reports a found expression that shares a rune with a gold date.
func overlapsGold(f *Found, golds []gum.Date) bool {
	for _, g := range golds {
		if f.Start < g.End && g.Start < f.End {
			return true
		}
	}
	return false
}

var timeSuffix = regexp.MustCompile(`T.*$`)

// atGrain reports ours (YYYY-MM-DD, YYYY-MM or YYYY) naming the gold value at the gold's
// grain: "2011-04-13" is right for a gold "2011-04" or "2011"; a gold of no year
// ("--10", "--07-04") is matched on its month and day.
func atGrain(ours, gold string) bool {
	gold = timeSuffix.ReplaceAllString(gold, "")
	if rest, ok := strings.CutPrefix(gold, "-"); ok && strings.HasPrefix(rest, "-") {
		return len(ours) >= 4 && strings.HasPrefix(ours[4:], rest)
	}
	return strings.HasPrefix(ours, gold)
}

// Figures prints a tally's figures on one line each: recall of gold dates by grain,
// accuracy of the values found, and precision of the expressions.
func (t Tally) Figures() string {
	var b strings.Builder
	all := func(c [gum.Other + 1]int) int {
		n := 0
		for _, v := range c {
			n += v
		}
		return n
	}
	fmt.Fprintf(&b, "%d docs, %d gold dates: found %s", t.Docs, all(t.Gold), ratio(all(t.Found), all(t.Gold)))
	for _, g := range []gum.Grain{gum.Day, gum.Month, gum.Year, gum.Range, gum.Other} {
		fmt.Fprintf(&b, "; %s %s", g, ratio(t.Found[g], t.Gold[g]))
	}
	right := t.Right[gum.Day] + t.Right[gum.Month] + t.Right[gum.Year]
	found := t.Found[gum.Day] + t.Found[gum.Month] + t.Found[gum.Year]
	fmt.Fprintf(&b, "\nvalue right (of found, day/month/year): %s; day %s (%s of all day golds); month %s; year %s",
		ratio(right, found), ratio(t.Right[gum.Day], t.Found[gum.Day]), ratio(t.Right[gum.Day], t.Gold[gum.Day]), ratio(t.Right[gum.Month], t.Found[gum.Month]), ratio(t.Right[gum.Year], t.Found[gum.Year]))
	fmt.Fprintf(&b, "\nprecision: %s of %d expressions overlap a gold date", ratio(t.Exprs-t.Spurious, t.Exprs), t.Exprs)
	return b.String()
}

func ratio(n, d int) string {
	if d == 0 {
		return fmt.Sprintf("%d/0", n)
	}
	return fmt.Sprintf("%.2f (%d/%d)", float64(n)/float64(d), n, d)
}
