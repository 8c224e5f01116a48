// Package synth writes made-up Hotline databases of any size through db's write path, for
// tests and benchmarks of the pictures at scale: articles, actors spread over countries,
// contacts between them over several years with every mode and status, some undated or
// dated only to the month, each reported by an article with a sentence, and quotes. The
// same seed always writes the same file. It is imported by tests only.
package synth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"

	"hotline/db"
)

// Options sizes a database. Contacts are drawn between random pairs (a tenth of them
// with a third participant) with a preference for well-connected actors, as in news;
// every actor takes part in at least one when there are more contacts than actors.
type Options struct {
	Articles, Actors, Contacts int
	Seed                       uint64
}

// countries are the codes actors are spread over, commonest first.
func countries() []string {
	return []string{"US", "RU", "UA", "CN", "FR", "DE", "GB", "TR", "IN", "JP", "IL", "IR", "SA", "BR", "ZA", "PL"}
}

// Write creates path (which must not exist) and fills it.
func Write(ctx context.Context, path string, o Options) error {
	s, err := db.OpenStore(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	tx, err := s.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rng := rand.New(rand.NewPCG(o.Seed, 7))
	imp, err := tx.StartImport(ctx, db.ImportRow{Started: "2026-01-01T00:00:00Z", Version: "synth"})
	if err != nil {
		return err
	}
	cs := countries()
	actors := make([]int64, o.Actors)
	for i := range actors {
		c := cs[min(int(rng.ExpFloat64()*3), len(cs)-1)]
		if i%23 == 0 {
			c = "" // some actors' countries are unknown
		}
		name := fmt.Sprintf("Official %04d of %s", i, orUnknown(c))
		if actors[i], err = tx.InsertActor(ctx, db.ActorRow{Name: name, Kind: "person", Role: "Minister", Country: c, Key: fmt.Sprintf("official %d", i)}); err != nil {
			return err
		}
		if err := tx.AddAlias(ctx, actors[i], name, fmt.Sprintf("official %d", i)); err != nil {
			return err
		}
	}
	articles := make([]int64, o.Articles)
	for i := range articles {
		text := fmt.Sprintf("Story %d. Officials spoke by phone on Monday, a statement said.", i)
		sum := sha256.Sum256([]byte(text))
		a := db.ArticleRow{Source: fmt.Sprintf("synth-%06d.txt", i), Title: fmt.Sprintf("Story %d", i), Published: day(rng, 0),
			Publisher: "Synthetic News", RawText: text, Text: text, ContentHash: hex.EncodeToString(sum[:]), ImportID: imp}
		if articles[i], err = tx.InsertArticle(ctx, a); err != nil {
			return err
		}
	}
	modes := []string{"phone", "phone", "meeting", "meeting", "video", "unspecified"}
	statuses := []string{"held", "held", "held", "scheduled", "proposed", "cancelled"}
	seen := map[[2]int]bool{}
	for i := 0; i < o.Contacts; i++ {
		a, b := pick(rng, o.Actors), pick(rng, o.Actors)
		if i < o.Actors {
			a = i // every actor takes part in at least one contact
		}
		if a == b || seen[[2]int{a, b}] && rng.IntN(3) > 0 {
			i--
			continue
		}
		seen[[2]int{a, b}] = true
		parts := []int64{actors[a], actors[b]}
		if c := pick(rng, o.Actors); i%10 == 0 && c != a && c != b {
			parts = append(parts, actors[c])
		}
		date := day(rng, i)
		switch i % 20 {
		case 0:
			date = ""
		case 1:
			date = date[:7]
		}
		c := db.ContactRow{Mode: modes[rng.IntN(len(modes))], Status: statuses[rng.IntN(len(statuses))], Date: date,
			InitiatorID: parts[0], FirstReported: day(rng, 0), Participants: parts}
		id, err := tx.InsertContact(ctx, c)
		if err != nil {
			return err
		}
		for _, p := range parts {
			if err := tx.AddParticipant(ctx, id, p); err != nil {
				return err
			}
		}
		art := articles[rng.IntN(len(articles))]
		if err := tx.InsertContactMention(ctx, db.ContactMentionRow{ContactID: id, ArticleID: art, Status: c.Status, Mode: c.Mode,
			Date: c.Date, Sentence: "Officials spoke by phone on Monday, a statement said.", Rule: "synth"}); err != nil {
			return err
		}
		if err := tx.LinkActor(ctx, art, parts[0], "", 1); err != nil {
			return err
		}
		if i%5 == 0 {
			if _, err := tx.InsertQuote(ctx, db.QuoteRow{ArticleID: art, SpeakerID: parts[0], Text: fmt.Sprintf("We talked (%d).", i), Rule: "synth"}); err != nil {
				return err
			}
		}
	}
	if err := tx.Refresh(ctx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	return s.Tidy(ctx)
}

// pick chooses an actor index, low indexes far more often: a few actors are in many
// contacts, most in few.
func pick(rng *rand.Rand, n int) int {
	return min(int(float64(n)*rng.Float64()*rng.Float64()*rng.Float64()), n-1)
}

// day is a date in 2019-2024.
func day(rng *rand.Rand, _ int) string {
	return fmt.Sprintf("%04d-%02d-%02d", 2019+rng.IntN(6), 1+rng.IntN(12), 1+rng.IntN(28))
}

func orUnknown(c string) string {
	if c == "" {
		return "nowhere"
	}
	return c
}
