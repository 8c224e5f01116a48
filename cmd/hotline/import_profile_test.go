package main_test

import (
	"os"
	"path/filepath"
	"testing"
)

// TestImportProfilesAndWorkers checks the tuning flags of import: profiles are written
// where asked, any worker count imports the same rows, and a negative one is refused.
func TestImportProfilesAndWorkers(t *testing.T) {
	for _, tc := range []struct {
		name     string
		args     []string
		wantCode int
		files    []string
	}{
		{"profiles written", []string{"--cpuprofile", "cpu.out", "--memprofile", "mem.out"}, 0, []string{"cpu.out", "mem.out"}},
		{"one worker", []string{"--workers", "1"}, 0, nil},
		{"three workers", []string{"--workers", "3"}, 0, nil},
		{"negative workers refused", []string{"--workers", "-1"}, 1, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			r := hotline(t, dir, nil, "", append([]string{"import", "--progress", "never"}, tc.args...)...)
			if r.code != tc.wantCode {
				t.Fatalf("exit %d, want %d: %s", r.code, tc.wantCode, r.stderr)
			}
			for _, f := range tc.files {
				if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
					t.Errorf("%s: %v, want a non-empty profile", f, err)
				}
			}
			if tc.wantCode == 0 {
				if n := count(t, filepath.Join(dir, "hotline.db"), "articles"); n != 5 {
					t.Errorf("%d articles, want the 5 seeds", n)
				}
			}
		})
	}
}
