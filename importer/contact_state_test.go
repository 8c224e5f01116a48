package importer_test

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"hotline/db"
	"hotline/importer"
)

// TestSavedContactRoundTrip checks that a contact the index lets go comes back as it was
// saved, and that bytes it did not write are refused rather than misread.
func TestSavedContactRoundTrip(t *testing.T) {
	full := importer.SavedContact{
		Row: db.ContactRow{ID: 281234, Mode: "meeting", Status: "held", Date: "2024-03", DateText: "in March",
			InitiatorID: 17, Location: "Genève, Palais des Nations", DurationMinutes: 90,
			FirstReported: "2024-03-02", LastReported: "2024-03-09", Participants: []int64{3, 17, 2085}},
		Distinct: []importer.Report{
			{Day: "2024-03-02", Publisher: "Example News", Mode: "meeting", Status: "held", Date: "2024-03", DateText: "in March", Talks: true},
			{Day: "2024-03-09", Mode: "phone", Status: "scheduled", Sidelines: true, Told: 0xfeedbeef},
			{ArticleID: -1, Mode: "unspecified", Status: "cancelled", Talks: true, Sidelines: true},
		},
		Counts: []int{1, 40000, 2},
		N:      40003,
		Last:   99999,
	}
	for _, tc := range []struct {
		name string
		s    importer.SavedContact
	}{
		{"every field", full},
		{"a new contact", importer.SavedContact{Row: db.ContactRow{ID: 1, Mode: "phone", Status: "held", Participants: []int64{1, 2}}}},
		{"nothing", importer.SavedContact{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := marshal(t, tc.s)
			got, err := importer.UnmarshalState(b)
			if err != nil {
				t.Fatalf("unmarshal: %v", err)
			}
			if !reflect.DeepEqual(got, tc.s) {
				t.Errorf("got %+v\nwant %+v", got, tc.s)
			}
		})
	}
	t.Run("cut short", func(t *testing.T) {
		b := marshal(t, full)
		for n := range len(b) {
			if _, err := importer.UnmarshalState(b[:n]); err == nil {
				t.Fatalf("the first %d of %d bytes were read without an error", n, len(b))
			}
		}
	})
	t.Run("bytes after the end", func(t *testing.T) {
		if _, err := importer.UnmarshalState(append(marshal(t, full), 0)); err == nil {
			t.Fatal("a trailing byte was read without an error")
		}
	})
	t.Run("JSON", func(t *testing.T) {
		if _, err := importer.UnmarshalState([]byte(`{"r":{"ID":1}}`)); err == nil {
			t.Fatal("JSON was read without an error")
		}
	})
	t.Run("mention rows", func(t *testing.T) {
		s := full
		s.Row.Mentions = []db.ContactMentionRow{{ContactID: 1, ArticleID: 2}}
		if _, err := importer.MarshalState(s); err == nil {
			t.Fatal("mention rows were saved without an error: they would be lost")
		}
	})
}

// TestSavedContactIsCompact checks what the format is for: a contact in a few dozen bytes
// rather than JSON's hundreds.
func TestSavedContactIsCompact(t *testing.T) {
	s := importer.SavedContact{
		Row: db.ContactRow{ID: 281234, Mode: "meeting", Status: "held", Date: "2024-03-01",
			FirstReported: "2024-03-02", LastReported: "2024-03-02", Participants: []int64{3, 17}},
		Distinct: []importer.Report{{Day: "2024-03-02", Mode: "meeting", Status: "held", Date: "2024-03-01"}},
		Counts:   []int{1},
		N:        1,
		Last:     99999,
	}
	if b := marshal(t, s); len(b) > 80 {
		t.Errorf("%d bytes for a contact with one report: %q", len(b), b)
	}
}

// TestSavedContactKeepsItsReports checks, over made-up contacts of many reports, that a
// contact read back from its saved state has its reports in the order it had them and
// merges them into the same facts: a contact let go and held again must write the row it
// would have written had it stayed in memory.
func TestSavedContactKeepsItsReports(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 17)) // fixed: a failure is the same on every run
	pick := func(words ...string) string { return words[rng.IntN(len(words))] }
	for i := range 300 {
		s := importer.SavedContact{Row: db.ContactRow{ID: int64(i + 1), Mode: "phone", Status: "held", Participants: []int64{1, 2}}}
		for range 1 + rng.IntN(8) {
			s.Distinct = append(s.Distinct, importer.Report{
				Day: pick("", "2025-06-09", "2025-06-10"), Publisher: pick("", "Wire", "Paper", "Daily"),
				Mode: pick("phone", "video", "meeting", "unspecified"), Status: pick("held", "scheduled", "cancelled"),
				Date: pick("", "2025-06", "2025-06-09", "2025-06-10"), DateText: pick("", "Monday", "Tuesday"),
				Talks: rng.IntN(4) == 0, Sidelines: rng.IntN(4) == 0, Told: uint32(rng.IntN(3)),
			})
			s.Counts = append(s.Counts, 1+rng.IntN(3))
		}
		got, err := importer.UnmarshalState(marshal(t, s))
		if err != nil {
			t.Fatalf("contact %d: %v", i, err)
		}
		if !reflect.DeepEqual(got.Distinct, s.Distinct) || !reflect.DeepEqual(got.Counts, s.Counts) {
			t.Fatalf("contact %d: reports\n%+v %v\nread back as\n%+v %v", i, s.Distinct, s.Counts, got.Distinct, got.Counts)
		}
		m, st, d, x := importer.Summarize(s.Distinct)
		if m2, st2, d2, x2 := importer.Summarize(got.Distinct); m2 != m || st2 != st || d2 != d || x2 != x {
			t.Fatalf("contact %d: %s/%s/%q/%q read back as %s/%s/%q/%q", i, m, st, d, x, m2, st2, d2, x2)
		}
	}
}

func marshal(tb testing.TB, s importer.SavedContact) []byte {
	tb.Helper()
	b, err := importer.MarshalState(s)
	if err != nil {
		tb.Fatalf("marshal: %v", err)
	}
	return b
}
