package db_test

import (
	"context"
	"slices"
	"testing"

	"hotline/db"
)

func TestRow(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{CountLimit: 40})
	tests := []struct {
		name, table string
		pk          []string
		code        string
	}{
		{"event", "events", []string{"12"}, ""},
		{"person", "people", []string{"3"}, ""},
		{"rowid table", "plain", []string{"2"}, ""},
		{"missing row", "events", []string{"5000"}, db.ENOTFOUND},
		{"missing table", "nope", []string{"1"}, db.ENOTFOUND},
		{"view", "phone_events", []string{"1"}, db.EINVALID},
		{"wrong key count", "events", []string{"1", "2"}, db.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := r.Row(context.Background(), tc.table, tc.pk)
			wantCode(t, err, tc.code)
			if err != nil {
				return
			}
			if len(res.Columns) != len(res.Values) || len(res.Values) == 0 || db.LabelKey(res.Values[0]) != tc.pk[0] {
				t.Errorf("row %v = %v", tc.pk, res.Values)
			}
		})
	}
	t.Run("composite key", func(t *testing.T) {
		res, err := r.Row(context.Background(), "duos", []string{"9", "k4"})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Values[slices.Index(res.Columns, "note")]; got != "note 4" {
			t.Errorf("row (9, k4) has note %v, want note 4", got)
		}
	})
	t.Run("labels", func(t *testing.T) {
		res, err := r.Row(context.Background(), "events", []string{"12"})
		if err != nil {
			t.Fatal(err)
		}
		person := res.Values[slices.Index(res.Columns, "person_id")]
		if got := res.Labels["person_id"][db.LabelKey(person)]; got != "Person 13" {
			t.Errorf("label %q, want Person 13", got)
		}
	})
	t.Run("related counts", func(t *testing.T) {
		for _, id := range []string{"3", "20"} {
			res, err := r.Row(context.Background(), "people", []string{id})
			if err != nil || len(res.Related) != 1 {
				t.Fatalf("related %+v, %v", res, err)
			}
			want := plainInt64s(t, path, "SELECT count(*) FROM events WHERE person_id = ?", id)[0]
			rel := res.Related[0]
			if rel.Table != "events" || rel.Column != "person_id" || rel.Count != min(want, 40) || rel.More != (want > 40) {
				t.Errorf("related %+v, want %d events", rel, want)
			}
		}
	})
}

func TestStreamTable(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{MaxReturnedRows: 10})
	tests := []struct {
		name  string
		q     db.TableQuery
		plain string
	}{
		{"whole table beyond the row limit", db.TableQuery{Table: "events"}, "SELECT id FROM events ORDER BY id"},
		{"sorted with NULLs", db.TableQuery{Table: "events", Sort: "score", Desc: true}, "SELECT id FROM events ORDER BY score DESC, id DESC"},
		{"filtered", db.TableQuery{Table: "events", Filters: []db.Filter{{Column: "kind", Value: "video"}}}, "SELECT id FROM events WHERE kind = 'video' ORDER BY id"},
		{"searched", db.TableQuery{Table: "events", Search: "gamma"}, "SELECT id FROM events WHERE note LIKE '%gamma%' ORDER BY id"},
		{"view", db.TableQuery{Table: "phone_events", Sort: "id"}, "SELECT id FROM phone_events ORDER BY id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var header []string
			var ids []int64
			err := r.StreamTable(context.Background(), tc.q, func(h []string) error { header = h; return nil },
				func(row []any) error {
					if len(row) != len(header) {
						t.Fatalf("row of %d values under %d columns", len(row), len(header))
					}
					ids = append(ids, row[slices.Index(header, "id")].(int64))
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			if want := plainInt64s(t, path, tc.plain); !slices.Equal(ids, want) {
				t.Errorf("streamed %d rows, want %d", len(ids), len(want))
			}
		})
	}
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		err := r.StreamTable(ctx, db.TableQuery{Table: "events"}, func([]string) error { return nil },
			func([]any) error {
				if n++; n == 5 {
					cancel()
				}
				return nil
			})
		if err == nil || n >= fixtureRows {
			t.Errorf("after cancel: %d rows, err %v", n, err)
		}
	})
}

func TestMeta(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{})
	m, err := r.Meta(context.Background())
	if err != nil || m["source"] != "fixture" || len(m) != 2 {
		t.Errorf("Meta = %v, %v", m, err)
	}
	mustExec(t, openPlain(t, path), "DROP TABLE meta")
	m, err = openReader(t, path, db.ReadOptions{}).Meta(context.Background())
	if err != nil || len(m) != 0 {
		t.Errorf("Meta without the table = %v, %v", m, err)
	}
}
