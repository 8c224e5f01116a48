package db_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// TestContactTitlesTellContactsApart checks the labels of contacts with the same
// participants and mode: the date, else the date's words, else the first article.
func TestContactTitlesTellContactsApart(t *testing.T) {
	s, raw, imp, first := storeWithArticle(t, "Austin calls Shoigu", "Austin called Shoigu.")
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := raw.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec(`INSERT INTO articles(id, source, title, text, raw_text, content_hash, import_id, published)
		VALUES (2, 'b.txt', NULL, 'x', 'x', ?, ?, '2022-05-14')`, hash64b, imp)
	exec(`INSERT INTO actors(id, name, kind, key) VALUES (1, 'Lloyd Austin', 'person', 'lloyd austin'), (2, 'Sergei Shoigu', 'person', 'sergei shoigu')`)
	exec(`INSERT INTO contacts(id, mode, status, date, date_text) VALUES
		(1, 'phone', 'held', NULL, 'Friday'), (2, 'phone', 'held', NULL, 'May 13'), (3, 'phone', 'held', '2022-03-01', NULL),
		(4, 'phone', 'held', NULL, NULL), (5, 'phone', 'held', NULL, NULL)`)
	for c := 1; c <= 5; c++ {
		exec(`INSERT INTO contact_participants VALUES (?, 1), (?, 2)`, c, c)
		article := first
		if c == 5 {
			article = 2
		}
		exec(`INSERT INTO contact_mentions(contact_id, article_id, status, mode, rule) VALUES (?, ?, 'held', 'phone', 't')`, c, article)
	}
	tx := begin(t, s)
	must(t, tx.Refresh(context.Background()))
	commit(t, tx)
	got := joinedRows(t, raw, `SELECT title FROM contacts ORDER BY id`)
	want := []string{
		`Lloyd Austin & Sergei Shoigu (phone, "Friday")`,
		`Lloyd Austin & Sergei Shoigu (phone, "May 13")`,
		`Lloyd Austin & Sergei Shoigu (phone, 2022-03-01)`,
		`Lloyd Austin & Sergei Shoigu (phone), in Austin calls Shoigu`,
		`Lloyd Austin & Sergei Shoigu (phone), in b.txt`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("titles\n%q\nwant\n%q", got, want)
	}
}

// BenchmarkRefresh recomputes the derived columns of 2,000 contacts between two persons,
// one in fifty without a date (their labels repeat), as the end of an import does.
func BenchmarkRefresh(b *testing.B) {
	s, raw, _, first := storeWithArticle(b, "Austin calls Shoigu", "Austin called Shoigu.")
	tx, err := raw.Begin()
	if err != nil {
		b.Fatal(err)
	}
	if _, err := tx.Exec(`INSERT INTO actors(id, name, kind, key) VALUES (1, 'Lloyd Austin', 'person', 'lloyd austin'), (2, 'Sergei Shoigu', 'person', 'sergei shoigu')`); err != nil {
		b.Fatal(err)
	}
	for c := 1; c <= 2000; c++ {
		var day any = fmt.Sprintf("%04d-%02d-%02d", 2000+c/84, c%12+1, c%28+1) // one contact a day
		if c%50 == 0 {
			day = nil // the same label, told apart by their first article
		}
		for _, q := range []string{`INSERT INTO contacts(id, mode, status, date) VALUES (?1, 'phone', 'held', ?2)`,
			`INSERT INTO contact_participants VALUES (?1, 1), (?1, 2)`,
			`INSERT INTO contact_mentions(contact_id, article_id, status, mode, rule) VALUES (?1, ?3, 'held', 'phone', 't')`} {
			if _, err := tx.Exec(q, c, day, first); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		if _, err := raw.Exec(`UPDATE contacts SET title = ''`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		tx := begin(b, s)
		must(b, tx.Refresh(context.Background()))
		commit(b, tx)
	}
}
