package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// actorCount is how many actors the generated contacts point to.
const actorCount = 5000

// faker makes plausible, repeatable rows: the same seed gives the same file, so two runs
// measure the same data.
type faker struct {
	r *rand.Rand
}

func newFaker(seed uint64) *faker {
	return &faker{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

type fakeActor struct {
	name, kind string
	country    any // a two-letter code or nil
}

type fakeContact struct {
	title, mode, status string
	date, dateText      any
	initiator           any
	location            any
	duration            any
	firstReported       any
	lastReported        any
}

// pick returns one of the items.
func (f *faker) pick(items ...string) string { return items[f.r.IntN(len(items))] }

// maybe returns v with probability p, else nil (a NULL in the database).
func (f *faker) maybe(p float64, v any) any {
	if f.r.Float64() < p {
		return v
	}
	return nil
}

func (f *faker) actor() fakeActor {
	if f.r.IntN(5) == 0 {
		return fakeActor{
			name:    f.pick("Ministry of", "Office of", "Council of", "Agency for") + " " + f.pick("Foreign Affairs", "Defence", "Trade", "Energy", "the Interior"),
			kind:    "organization",
			country: f.maybe(0.9, f.country()),
		}
	}
	first := f.pick("Anna", "Li", "Mohammed", "Olaf", "Narendra", "Emmanuel", "Sergei", "Maria", "Kenji", "Amina", "Recep", "Justin", "Luiz", "Fumio", "Ursula")
	last := f.pick("Scholz", "Wei", "bin Salman", "Modi", "Macron", "Lavrov", "Sánchez", "Kishida", "Mohammed", "Erdoğan", "Trudeau", "da Silva", "von der Leyen", "Albanese", "Ramaphosa")
	return fakeActor{name: first + " " + last, kind: "person", country: f.maybe(0.95, f.country())}
}

func (f *faker) country() string {
	return f.pick("US", "CN", "RU", "DE", "FR", "GB", "IN", "JP", "TR", "BR", "SA", "IL", "UA", "ZA", "AU")
}

// contact draws one contact: phone calls and meetings dominate, dates spread over about
// twelve years with some missing or known only to the month, as in real coverage.
func (f *faker) contact() fakeContact {
	mode := f.weighted([]string{"phone", "meeting", "video", "unspecified"}, []int{40, 35, 10, 15})
	status := f.weighted([]string{"held", "scheduled", "proposed", "cancelled"}, []int{80, 10, 7, 3})
	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, f.r.IntN(4300))
	var date, firstReported, lastReported any = day.Format(time.DateOnly), nil, nil
	switch n := f.r.IntN(100); {
	case n < 5:
		date = nil
	case n < 10:
		date = day.Format("2006-01")
	}
	firstReported = day.AddDate(0, 0, f.r.IntN(3)).Format(time.DateOnly)
	lastReported = day.AddDate(0, 0, 2+f.r.IntN(10)).Format(time.DateOnly)
	a, b := 1+f.r.IntN(actorCount), 1+f.r.IntN(actorCount)
	return fakeContact{
		title:         fmt.Sprintf("%s between actor %d and actor %d", mode, a, b),
		mode:          mode,
		status:        status,
		date:          date,
		dateText:      f.maybe(0.7, f.pick("on Monday", "on Tuesday", "last week", "earlier this month", "on "+day.Format("January 2"))),
		initiator:     f.maybe(0.6, a),
		location:      f.maybe(0.5, f.pick("Washington", "Beijing", "Moscow", "Berlin", "Paris", "London", "New Delhi", "Tokyo", "Ankara", "Riyadh", "Geneva", "Brussels")),
		duration:      f.maybe(0.3, 15+f.r.IntN(120)),
		firstReported: firstReported,
		lastReported:  lastReported,
	}
}

// weighted picks items[i] with probability weights[i] / sum(weights).
func (f *faker) weighted(items []string, weights []int) string {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := f.r.IntN(total)
	for i, w := range weights {
		if n < w {
			return items[i]
		}
		n -= w
	}
	return items[len(items)-1]
}
