package importer

import (
	"context"
	"strings"

	"hotline/db"
	"hotline/importer/extract"
	"hotline/importer/names"
)

// writeActors resolves and writes one article's actors, their aliases, links and mention
// evidence. ids[i] is the database id of actors[i], 0 for an actor without a usable name.
func (r *run) writeActors(ctx context.Context, articleID int64, text []rune, actors []extract.Actor) ([]int64, error) {
	ids := make([]int64, len(actors))
	for i, x := range actors {
		a, err := r.actor(ctx, x)
		if err != nil || a == nil {
			if err != nil {
				return nil, err
			}
			continue
		}
		ids[i] = a.ID
		var mentions []db.MentionRow
		// Aliases are the names the actor goes by (the extractor's), not every mention's
		// surface: "the official", "he" or "president" point at an actor without naming it.
		surfaces := append([]string{x.Name}, x.Aliases...)
		for _, m := range x.Mentions {
			span, ok := runeSpan(m.Start, m.End, len(text))
			if !ok {
				continue
			}
			surface := string(text[span.Start:span.End])
			mentions = append(mentions, db.MentionRow{ArticleID: articleID, ActorID: a.ID, Surface: surface,
				Sentence: m.Sentence, Span: *span, SentenceSpan: sentenceSpan(text, m), Rule: first(m.Rule, "unknown")})
		}
		if err := r.writeAliases(ctx, a, surfaces); err != nil {
			return nil, err
		}
		if err := r.tx.LinkActor(ctx, articleID, a.ID, strings.TrimSpace(x.Role), len(mentions)); err != nil {
			return nil, err
		}
		for _, m := range mentions {
			if err := r.tx.InsertMention(ctx, m); err != nil {
				return nil, err
			}
		}
	}
	return ids, nil
}

// actor returns the database actor an extracted actor is, creating it when it is new and
// filling in what the article adds (role, country, a full name for a bare surname).
func (r *run) actor(ctx context.Context, x extract.Actor) (*knownActor, error) {
	kind := actorKind(string(x.Kind))
	// Not timed as resolution: a few map lookups cost less than reading the thread's CPU
	// clock twice (a system call), so they count as writing.
	a := r.actors.resolve(x, kind)
	if a == nil {
		name := strings.TrimSpace(x.Name)
		if names.Key(name) == "" {
			keys := actorKeys(x)
			if len(keys) == 0 {
				return nil, nil
			}
			name = firstAliasWithKey(x.Aliases, keys[0])
		}
		a = &knownActor{ActorRow: db.ActorRow{Name: name, Kind: kind, Role: strings.TrimSpace(x.Role),
			Country: countryCode(x.Country), Key: names.Key(name)}, aliasKeys: map[string]bool{}}
		id, err := r.tx.InsertActor(ctx, a.ActorRow)
		if err != nil {
			return nil, err
		}
		a.ID = id
		r.actors.add(a)
		r.sum.Actors.New++
		return a, nil
	}
	if r.actors.enrich(a, x, kind) {
		if err := r.tx.UpdateActor(ctx, a.ActorRow); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// writeAliases records every distinct name form of an actor seen in an article.
func (r *run) writeAliases(ctx context.Context, a *knownActor, surfaces []string) error {
	seen := map[string]bool{}
	for _, s := range surfaces {
		s = strings.TrimSpace(s)
		key := names.Key(s)
		if key == "" || seen[s] {
			continue
		}
		seen[s] = true
		r.actors.addAlias(a, key)
		if err := r.tx.AddAlias(ctx, a.ID, s, key); err != nil {
			return err
		}
	}
	return nil
}

func firstAliasWithKey(aliases []string, key string) string {
	for _, s := range aliases {
		if names.Key(s) == key {
			return strings.TrimSpace(s)
		}
	}
	return key
}

// actorKind maps the extractor's kind onto the schema's two; a missing kind is taken to
// be a person, the commoner case in news about contacts.
func actorKind(kind string) string {
	if strings.EqualFold(strings.TrimSpace(kind), "organization") {
		return "organization"
	}
	return "person"
}

// countryCode returns an ISO 3166-1 alpha-2 code in upper case, or "" for anything else.
func countryCode(c string) string {
	c = strings.ToUpper(strings.TrimSpace(c))
	if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
		return ""
	}
	return c
}
