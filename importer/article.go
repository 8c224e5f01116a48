package importer

import (
	"context"
	"fmt"
	"hotline/importer/cputime"
	"slices"

	"hotline/db"
	"hotline/importer/extract"
	"hotline/importer/source"
)

// article writes one analysed article: unchanged ones are left alone, duplicates of another
// source's article are skipped, new ones are added and changed ones replaced.
func (r *run) article(ctx context.Context, j *job) error {
	a, hash := j.article, j.hash
	if j.unchanged {
		r.sum.Unchanged++
		return nil
	}
	var id int64
	var oldHash string
	var err error
	if r.written.mayHave(sourceKey(a.Source), nil) {
		if id, oldHash, err = r.tx.ArticleBySource(ctx, a.Source); err != nil {
			return err
		}
	}
	switch {
	case id != 0 && oldHash == hash && !r.opt.Reextract:
		r.sum.Unchanged++
		return nil
	case id == 0 && r.written.mayHave(hashKey(hash), nil):
		other, err := r.tx.SourceByHash(ctx, hash)
		if err != nil {
			return err
		}
		if other != "" {
			r.skip(a.Source, fmt.Sprintf("same content as %s, already imported", other))
			return nil
		}
	}
	if j.err != nil {
		r.skip(a.Source, j.err.Error())
		return nil
	}
	cleaned, result := j.cleaned, j.result
	row := db.ArticleRow{ID: id, Source: a.Source, Title: a.Title, Published: j.published,
		URL: a.URL, Publisher: first(a.Publisher, cleaned.Publisher), Author: a.Author,
		Byline: cleaned.Byline, Dateline: cleaned.Dateline, RawText: a.Text, Text: cleaned.Text,
		ContentHash: hash, ImportID: r.importID, StoryDay: j.day}
	if !r.opt.KeepRawText {
		row.RawText = ""
	}
	if id == 0 {
		if row.ID, err = r.tx.InsertArticle(ctx, row); err != nil {
			return err
		}
		if err := r.indexed(ctx, row); err != nil {
			return err
		}
		r.sum.New++
	} else {
		if r.fts != nil { // the builder has the old version: IndexImport indexes in SQL
			r.fts.abandoned = true
		}
		if err := r.contacts.forgetArticle(ctx, id); err != nil {
			return err
		}
		if err := r.tx.ReplaceArticle(ctx, row); err != nil {
			return err
		}
		r.sum.Updated++
	}
	r.written.add(sourceKey(a.Source), "")
	r.written.add(hashKey(hash), "")
	prep := j.prep
	if known := r.actors.knownSurnames(result.Unresolved); known != nil {
		result, prep = r.extractAgain(j, known)
	}
	return r.write(ctx, row, result, prep)
}

// analyse dates, cleans and extracts the articles of a batch and prepares their rows (p
// is the calling analyser's preparer), one step at a time over the whole batch: the
// thread's CPU clock, a system call, is read at the end of each step, four times a batch
// rather than four times an article (400,000 calls, 1-2 CPU s of a 100,000-article
// import). Each step is a pure function of one article, so the order changes nothing. A
// panic in the rules costs that article only: it becomes a skip with the reason, and the
// import goes on.
func (r *run) analyse(jobs []*job, p *preparer) {
	d, _ := r.ex.(Dater)
	is, _ := r.ex.(Issuerer)
	t := cputime.Thread()
	for _, j := range jobs {
		j.step(func() {
			a := j.article
			j.published = publication(d, a)
			j.cleaned = r.cleaner.CleanTitled(a.Title, a.Text)
			j.day = storyDay(j.published, j.cleaned.DatelineDate)
		})
	}
	t = r.clock.since(phaseClean, t)
	for _, j := range jobs {
		j.step(func() {
			issuer := ""
			if is != nil {
				issuer = is.Issuer(j.article.Text)
			}
			j.input = extract.Input{Text: j.cleaned.Text, Published: j.day, Title: j.article.Title,
				Issuer: issuer, Dateline: j.cleaned.Dateline, Captions: j.cleaned.Captions(), Stamps: entryStamps(j.cleaned),
				Publisher: first(j.article.Publisher, j.cleaned.Publisher)}
			j.result = r.ex.Extract(j.input)
		})
	}
	t = r.clock.since(phaseExtract, t)
	// Booked with cleaning: it is the writer's work, done here on every core.
	for _, j := range jobs {
		j.step(func() { j.prep = p.prepare(j.cleaned.Text, j.result) })
	}
	r.clock.since(phaseClean, t)
}

// step runs one step of the analysis of j unless j needs none (unchanged) or an earlier
// step failed; a panic becomes j's error.
func (j *job) step(fn func()) {
	if j.unchanged || j.err != nil {
		return
	}
	defer func() {
		if p := recover(); p != nil {
			j.err = fmt.Errorf("the extraction rules failed on this article (%v); please report it", p)
		}
	}()
	fn()
}

// write stores what was extracted from one article: its actors (resolved against the
// database), their mentions, its contacts (merged with other articles' reports of the same
// contact) and its quotes.
func (r *run) write(ctx context.Context, art db.ArticleRow, res extract.Result, prep prepared) error {
	ids, err := r.writeActors(ctx, art.ID, res.Actors, prep.actors)
	if err != nil {
		return err
	}
	for i, c := range res.Contacts {
		if err := r.writeContact(ctx, art, prep.contacts[i], ids, c, bystanders(res, ids, i)); err != nil {
			return err
		}
	}
	for i, q := range res.Quotes {
		if err := r.writeQuote(ctx, art.ID, prep.quotes[i], ids, q); err != nil {
			return err
		}
	}
	return nil
}

// bystanders are the persons an article names (database ids, sorted) that take part in
// none of its contacts but the i-th: a third party contactIndex.best may find the i-th
// contact's pair to be with. A person the article puts in another contact is not: an
// article that tells of a summit of three and of a bilateral of two of them keeps them
// apart, and so does one that tells of two bilaterals of one leader.
func bystanders(res extract.Result, ids []int64, i int) []int64 {
	var out []int64
	for k, id := range ids {
		if id == 0 || actorKind(string(res.Actors[k].Kind)) != "person" || slices.Contains(out, id) {
			continue
		}
		elsewhere := false
		for j, c := range res.Contacts {
			if j != i && slices.ContainsFunc(c.Participants, func(p int) bool { return p >= 0 && p < len(ids) && ids[p] == id }) {
				elsewhere = true
				break
			}
		}
		if !elsewhere {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// sourceKey and hashKey are an article's keys in the run's filter of written articles.
func sourceKey(source string) string { return "source " + source }
func hashKey(hash string) string     { return "hash " + hash }

func (r *run) skip(src, reason string) {
	r.sum.Skips = append(r.sum.Skips, source.Skip{Source: src, Reason: reason})
}

func first(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}
