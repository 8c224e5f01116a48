package db_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"hotline/db"
)

// BenchmarkWriteRows writes what a first import's writer writes for 500 articles, each
// with its links, actor mentions, contacts (their participants and reports) and quotes,
// through the queues of a WriteTx, and commits: the cost of the write path per article,
// without the importer's resolution around it.
func BenchmarkWriteRows(b *testing.B) {
	const articles, actors = 500, 40
	ctx := context.Background()
	text := strings.Repeat("Anna Berg called Omar Lind on Monday, the ministry said. ", 40)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		s, _ := openStore(b)
		b.StartTimer()
		tx, err := s.Begin(ctx)
		must(b, err)
		imp := startImport(b, tx)
		must(b, tx.SuspendIndexes(ctx))
		ids := make([]int64, actors)
		for i := range ids {
			ids[i], err = tx.InsertActor(ctx, db.ActorRow{Name: fmt.Sprintf("Actor %d", i), Kind: "person", Key: fmt.Sprintf("actor %d", i)})
			must(b, err)
		}
		for a := range articles {
			row := article(fmt.Sprintf("a%d.txt", a), "A call", text, imp)
			row.ContentHash = fmt.Sprintf("%064x", a)
			id, err := tx.InsertArticle(ctx, row)
			must(b, err)
			for i := range 8 {
				actor := ids[(a+i*7)%actors]
				must(b, tx.LinkActor(ctx, id, actor, "minister", 2))
				for m := range 2 {
					at := &db.Span{Start: 300 * m, End: 300*m + 60}
					must(b, tx.InsertMention(ctx, db.MentionRow{ArticleID: id, ActorID: actor, Surface: "Anna Berg",
						Span: db.Span{Start: 300*m + 10, End: 300*m + 19}, SentenceSpan: at, Rule: "name"}))
				}
			}
			for c := range 3 {
				cid, err := tx.AddContact(ctx, db.ContactRow{Mode: "phone", Status: "held", Date: "2022-02-01"})
				must(b, err)
				must(b, tx.AddParticipant(ctx, cid, ids[(a+c)%actors]))
				must(b, tx.AddParticipant(ctx, cid, ids[(a+c+1)%actors]))
				must(b, tx.InsertContactMention(ctx, db.ContactMentionRow{ContactID: cid, ArticleID: id, Status: "held",
					Mode: "phone", Date: "2022-02-01", Span: &db.Span{Start: 10, End: 40}, SentenceSpan: &db.Span{Start: 0, End: 60}, Rule: "called"}))
				must(b, tx.AddQuote(ctx, db.QuoteRow{ArticleID: id, SpeakerID: ids[c], Text: "We spoke at length.",
					Span: &db.Span{Start: 100, End: 120}, SentenceSpan: &db.Span{Start: 90, End: 150}, Rule: "said"}))
			}
		}
		must(b, tx.RestoreIndexes(ctx))
		_, _, err = tx.PruneOrphans(ctx)
		must(b, err)
		must(b, tx.Commit())
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*articles), "µs/article")
}
