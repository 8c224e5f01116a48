package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// scoreDir is where the shared evaluation material sits: beside the repository, as on
// developers' machines and in CI.
const scoreDir = "../../../shared/eval"

// seedThresholds are the quality bars on the five sample articles (issue: extraction that
// holds up on real news).
var seedThresholds = struct {
	f1, speaker, mode, status float64
	events                    string
}{f1: 0.95, speaker: 1.0, mode: 0.9, status: 0.9, events: "2/2"}

type prf struct{ Precision, Recall, F1 float64 }

type scoreReport struct {
	Actors, Contacts, Quotes prf
	Accuracy                 map[string]*float64
	AccuracyN                map[string]int `json:"accuracy_n"`
	EventsMerged             string         `json:"events_merged"`
}

// scoreImport imports with the real binary (args name the source folder, if any, after
// "import") into a fresh database and scores it against gold with the project's scorer. It
// skips when the gold file or python3 is missing, so a bare clone still passes.
func scoreImport(t *testing.T, gold string, args ...string) scoreReport {
	t.Helper()
	rep, _ := scoreImportDB(t, gold, args...)
	return rep
}

// scoreImportDB is scoreImport that also returns the database's path (in a t.TempDir()),
// for a test that counts its rows beside the score.
func scoreImportDB(t *testing.T, gold string, args ...string) (scoreReport, string) {
	t.Helper()
	if _, err := os.Stat(gold); err != nil {
		t.Skipf("no gold file at %s (the shared/ folder beside the repository): %v", gold, err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is needed to run score.py: apt-get install python3")
	}
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "score.db")
	cmd := append(append([]string{"import"}, args...), "--db", dbPath, "--progress", "never")
	if r := hotline(t, dir, nil, "", cmd...); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	out, err := exec.Command(python, filepath.Join(scoreDir, "score.py"), dbPath, gold, "--json").Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() == 2 {
			t.Fatalf("score.py: %v\n%s", err, out)
		}
	}
	var rep scoreReport
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("score.py output: %v\n%s", err, out)
	}
	return rep, dbPath
}

// TestSeedScore imports the seeds with the real binary and scores the database with the
// project's scorer, failing under the thresholds.
func TestSeedScore(t *testing.T) {
	rep := scoreImport(t, filepath.Join(scoreDir, "seeds.gold.json"))
	for name, p := range map[string]prf{"actors": rep.Actors, "contacts": rep.Contacts, "quotes": rep.Quotes} {
		t.Logf("%-8s precision %.2f recall %.2f F1 %.2f", name, p.Precision, p.Recall, p.F1)
		if p.F1 < seedThresholds.f1 {
			t.Errorf("%s F1 %.2f, want at least %.2f", name, p.F1, seedThresholds.f1)
		}
	}
	for name, min := range map[string]float64{"speaker": seedThresholds.speaker, "mode": seedThresholds.mode, "status": seedThresholds.status} {
		got := rep.Accuracy[name]
		if got == nil || *got < min {
			t.Errorf("%s accuracy %v, want at least %.2f", name, deref(got), min)
		}
	}
	if rep.EventsMerged != seedThresholds.events {
		t.Errorf("cross-article events merged %s, want %s", rep.EventsMerged, seedThresholds.events)
	}
}

func deref(f *float64) any {
	if f == nil {
		return "none"
	}
	return *f
}
