package importer

import (
	"context"
	"slices"
)

// The rules by which one meeting told with different participant sets by different
// articles becomes one contact when one set holds the other. Participants are scored
// per article (an article's contact matches the gold only with the participants that
// article names), so a set only grows by actors the smaller set's articles name too: a
// pair whose articles never name the others stays a contact of its own, as two leaders
// also meet alone on the sidelines of a summit of more.

// partOf says whether a pair (sorted) is two of a larger contact's participants whose
// others are all among the bystanders of the pair's article: the article tells of the
// same meeting and only its contact rule missed the other parties.
func partOf(pair, all, bystanders []int64) bool {
	if len(pair) != minMultilateral-1 || len(all) < minMultilateral || !allAmong(pair, all) {
		return false
	}
	return allAmong(others(all, pair), bystanders)
}

// toldThrough is partOf the other way round: the contacts of two of participants (a
// larger contact's, sorted) that earlier articles reported and r can be another report
// of, whose every reporting article names all the larger contact's other participants,
// persons r's article puts in no other contact (bystanders), and that no article told as
// held on the sidelines of a gathering (sideMeeting) unless r tells so too. Each pair set is looked up
// by its participant key, as an exact set is: no contact of other pairs is read.
func (ix *contactIndex) toldThrough(ctx context.Context, participants []int64, r report, bystanders []int64, months []string) ([]*knownContact, error) {
	var out []*knownContact
	for i, a := range participants {
		for _, b := range participants[i+1:] {
			pair := []int64{a, b}
			rest, set := others(participants, pair), participantKey(pair)
			if !allAmong(rest, bystanders) || !ix.filter.mayHave(set, months) {
				continue
			}
			cands, err := ix.filedUnder(ctx, set, months, r)
			if err != nil {
				return nil, err
			}
			for _, c := range cands {
				if c.reports.n == 0 || !slices.Equal(c.Participants, pair) || slices.Contains(out, c) || sideMeeting(&c.reports) && !r.Sidelines {
					continue
				}
				if _, ok := agreementWith(&c.reports, r); !ok {
					continue
				}
				if named, err := ix.reportersName(ctx, c.ID, rest); err != nil {
					return nil, err
				} else if named {
					out = append(out, c)
				}
			}
		}
	}
	return out, nil
}

// sideMeeting says whether an article told the contact of reports s as held on the
// sidelines of a gathering: a bilateral of its own, which the gathering's contact does
// not absorb.
func sideMeeting(s *reportSet) bool {
	return slices.ContainsFunc(s.distinct, func(r report) bool { return r.Sidelines })
}

// reportersName says whether every article that reported contact id names every actor.
func (ix *contactIndex) reportersName(ctx context.Context, id int64, actors []int64) (bool, error) {
	for _, a := range actors {
		if all, err := ix.tx.ReportersName(ctx, id, a); err != nil || !all {
			return false, err
		}
	}
	return true, nil
}

// others returns the ids of all that are not in some, in all's order.
func others(all, some []int64) []int64 {
	return slices.DeleteFunc(slices.Clone(all), func(id int64) bool { return slices.Contains(some, id) })
}

// allAmong says whether every id of ids is in among.
func allAmong(ids, among []int64) bool {
	for _, id := range ids {
		if !slices.Contains(among, id) {
			return false
		}
	}
	return true
}

// sameMeeting returns the contacts among pairs, into left out, that are the meeting into
// is: each one's reports agree with into's, and no article reported two of them (an
// article that tells two contacts apart is not overruled). Two pairs of one meeting that
// different articles told (X with A, X with B) were two rows until a report of the whole
// meeting came; they become one.
func (ix *contactIndex) sameMeeting(ctx context.Context, into *knownContact, pairs []*knownContact) ([]*knownContact, error) {
	var out []*knownContact
	kept := []*knownContact{into}
	for _, c := range pairs {
		if c == into || !reportsAgree(&into.reports, &c.reports) {
			continue
		}
		apart := false
		for _, k := range kept {
			shared, err := ix.tx.ShareArticle(ctx, k.ID, c.ID)
			if err != nil {
				return nil, err
			}
			apart = apart || shared
		}
		if !apart {
			kept = append(kept, c)
			out = append(out, c)
		}
	}
	return out, nil
}

// reportsAgree says whether every distinct report of b can tell of a's contact.
func reportsAgree(a, b *reportSet) bool {
	for _, r := range b.distinct {
		r.ArticleID = noArticle
		if _, ok := agreementWith(a, r); !ok {
			return false
		}
	}
	return true
}

// noArticle is the article id of a report compared for its facts only: no contact's last
// reporting article has it.
const noArticle = -1

// absorb merges contact from into into, in the run's transaction: from's reports and
// participants, and the initiator, location and duration into lacks, move to into, and
// from's row goes (db.MergeContact). It reports whether from was a row this run created.
func (ix *contactIndex) absorb(ctx context.Context, into, from *knownContact) (created bool, err error) {
	if err := ix.tx.MergeContact(ctx, from.ID, into.ID); err != nil {
		return false, err
	}
	for _, r := range from.reports.distinct { // from's filings by sentence go with its row
		if r.Told != 0 {
			if err := ix.tx.FileContactTold(ctx, r.Told, publishedDay(r), into.ID); err != nil {
				return false, err
			}
		}
	}
	into.reports.absorb(&from.reports)
	into.Participants = union(into.Participants, from.Participants)
	if into.InitiatorID == 0 {
		into.InitiatorID = from.InitiatorID
	}
	if into.Location == "" {
		into.Location = from.Location
	}
	if into.DurationMinutes == 0 {
		into.DurationMinutes = from.DurationMinutes
	}
	into.dirty = true
	delete(ix.held, from.ID)
	return from.ID > ix.loaded, ix.refile(ctx, into)
}
