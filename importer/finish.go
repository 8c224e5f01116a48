package importer

import (
	"context"
	"hotline/importer/cputime"
	"time"

	"hotline/db"
)

// finish writes back what the run changed in memory (merged contact facts), removes rows
// that replaced articles orphaned, refreshes derived columns, and records the run's
// outcome and the dataset's meta values, all inside the run's transaction.
func (r *run) finish(ctx context.Context, started time.Time) error {
	defer lockThread()()
	t := cputime.Thread()
	if err := r.contacts.flush(ctx); err != nil {
		return err
	}
	t = r.clock.since(phaseWrite, t)
	if err := r.tx.RestoreIndexes(ctx); err != nil {
		return err
	}
	t = r.clock.since(phaseIndex, t)
	contacts, actors, err := r.tx.PruneOrphans(ctx)
	if err != nil {
		return err
	}
	r.sum.PrunedContacts, r.sum.PrunedActors = int(contacts), int(actors)
	t = r.clock.since(phaseWrite, t)
	if err := r.tx.Refresh(ctx); err != nil {
		return err
	}
	if err := r.copyFullText(ctx); err != nil {
		return err
	}
	if err := r.tx.IndexImport(ctx, r.importID); err != nil {
		return err
	}
	r.clock.since(phaseIndex, t)
	totals, err := r.tx.Totals(ctx)
	if err != nil {
		return err
	}
	r.sum.Articles = totals.Articles
	r.sum.Actors.Total, r.sum.Contacts.Total, r.sum.Quotes.Total = totals.Actors, totals.Contacts, totals.Quotes
	errs := make([]db.ImportError, len(r.sum.Skips))
	for i, s := range r.sum.Skips {
		errs[i] = db.ImportError{Source: s.Source, Reason: s.Reason}
	}
	err = r.tx.FinishImport(ctx, db.ImportRow{ID: r.importID, Finished: stamp(time.Now()),
		New: r.sum.New, Updated: r.sum.Updated, Unchanged: r.sum.Unchanged, Skipped: r.sum.Skipped,
		Actors: r.sum.Actors.New, Contacts: r.sum.Contacts.New, Quotes: r.sum.Quotes.New, Errors: errs})
	if err != nil {
		return err
	}
	if err := r.writeMeta(ctx); err != nil {
		return err
	}
	r.sum.Phases = r.clock.phases()
	return r.tx.RecordPhases(ctx, r.importID, r.sum.Phases)
}

// writeMeta fills the meta table: defaults where nothing is set yet, the caller's values
// over anything.
func (r *run) writeMeta(ctx context.Context) error {
	if r.opt.Version != "" {
		if err := r.tx.SetMeta(ctx, "hotline_version", r.opt.Version, false); err != nil {
			return err
		}
	}
	for _, kv := range metaDefaults() {
		if err := r.tx.SetMeta(ctx, kv[0], kv[1], true); err != nil {
			return err
		}
	}
	for key, value := range r.opt.Meta {
		if value == "" {
			continue
		}
		if err := r.tx.SetMeta(ctx, key, value, false); err != nil {
			return err
		}
	}
	return nil
}

// metaDefaults are the meta values a new database starts with.
func metaDefaults() [][2]string {
	return [][2]string{
		{"title", "Hotline"},
		{"description", "Diplomatic contacts, the actors in them and their quotes, extracted from news articles."},
		{"source", "News articles imported with Hotline"},
		{"license", "The articles' own terms apply; extracted data for research use"},
	}
}
