package db_test

import (
	"context"
	"errors"
	"testing"
)

// TestCancelledWriteTx checks that the hot statements of a write transaction whose
// context has ended report the context's error: an import stopped by a signal must roll
// back and exit with the signal's status, and a one-row lookup made after the signal, of a
// statement the transaction had already prepared, panicked on a nil context instead.
func TestCancelledWriteTx(t *testing.T) {
	s, _, _, _ := storeWithArticle(t, "Talks", "Andrikos met Charalambous on Thursday.")
	tx := begin(t, s)
	must(t, tx.CreateContactIndex(context.Background()))
	must(t, tx.FileContact(context.Background(), 1, "x", "2024-05/meeting", 1, false, nil, false))
	for _, tc := range []struct {
		name string
		run  func(context.Context) error
	}{
		{"one-row lookup", func(ctx context.Context) error { _, _, err := tx.ContactState(ctx, 1); return err }},
		{"lookup per bucket", func(ctx context.Context) error {
			_, err := tx.FirstFilings(ctx, "x", []string{"2024-05/meeting"})
			return err
		}},
		{"rows", func(ctx context.Context) error { _, err := tx.FiledContacts(ctx, "x", nil); return err }},
		{"write", func(ctx context.Context) error { return tx.MarkContactClosed(ctx, 1, true) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			must(t, tc.run(context.Background())) // prepares the statement, as an import's earlier articles do
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			if err := tc.run(ctx); !errors.Is(err, context.Canceled) {
				t.Errorf("err = %v, want context.Canceled", err)
			}
		})
	}
}
