package importer

import (
	"context"
	"strings"

	"hotline/db"
	"hotline/importer/extract"
	"hotline/importer/names"
)

// writeActors resolves and writes one article's actors, their aliases, links and mention
// evidence (prep holds their keys and mentions, prepared by the analyser). ids[i] is the
// database id of actors[i], 0 for an actor without a usable name.
func (r *run) writeActors(ctx context.Context, articleID int64, actors []extract.Actor, prep []actorPrep) ([]int64, error) {
	ids := make([]int64, len(actors))
	for i, x := range actors {
		p := &prep[i]
		a, err := r.actor(ctx, x, p)
		if err != nil || a == nil {
			if err != nil {
				return nil, err
			}
			continue
		}
		ids[i] = a.ID
		if err := r.writeAliases(ctx, a, p.aliases); err != nil {
			return nil, err
		}
		if err := r.tx.LinkActor(ctx, articleID, a.ID, strings.TrimSpace(x.Role), len(p.mentions)); err != nil {
			return nil, err
		}
		for _, m := range p.mentions {
			m.ArticleID, m.ActorID = articleID, a.ID
			if err := r.tx.InsertMention(ctx, m); err != nil {
				return nil, err
			}
		}
	}
	return ids, nil
}

// actor returns the database actor an extracted actor is, creating it when it is new and
// filling in what the article adds (role, country, a full name for a bare surname).
func (r *run) actor(ctx context.Context, x extract.Actor, p *actorPrep) (*knownActor, error) {
	kind := actorKind(string(x.Kind))
	// Not timed as resolution: a few map lookups cost less than reading the thread's CPU
	// clock twice (a system call), so they count as writing.
	a := r.actors.resolve(x, kind, p.keys)
	if a == nil {
		name, key := strings.TrimSpace(x.Name), p.nameKey
		if key == "" {
			if len(p.keys) == 0 {
				return nil, nil
			}
			name = firstAliasWithKey(x.Aliases, p.keys[0])
			key = names.Key(name)
		}
		a = &knownActor{ActorRow: db.ActorRow{Name: name, Kind: kind, Role: strings.TrimSpace(x.Role),
			Country: countryCode(x.Country), Key: key}, aliasKeys: map[string]bool{}}
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
func (r *run) writeAliases(ctx context.Context, a *knownActor, aliases []alias) error {
	for _, s := range aliases {
		if a.written[s.surface] {
			continue // addAlias too has seen its key
		}
		r.actors.addAlias(a, s.key)
		if err := r.tx.AddAlias(ctx, a.ID, s.surface, s.key); err != nil {
			return err
		}
		if a.written == nil {
			a.written = map[string]bool{}
		}
		a.written[s.surface] = true
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
