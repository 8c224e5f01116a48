package dates_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hotline/importer/dates"
)

// sharedDir is the evaluation data beside the repository clone (read only; absent in most
// checkouts, and then the benchmarks and tests on it skip).
const sharedDir = "../../../shared"

// madeUpSentences are news-like sentences of every kind of date expression and of none,
// in about the proportion extraction meets them: most sentences a contact is read from
// hold one date or none.
var madeUpSentences = []string{
	"The ministers spoke by phone on Tuesday, after talks in Geneva on Jan. 21 and in mid-November.",
	"Officials said the delegation would stay in the capital for several more days of talks.",
	"The foreign minister met his counterpart yesterday and will travel to Oslo next week.",
	"Three days ago the two leaders spoke; a week later they met again, the day before the vote.",
	"Later that day, the envoy held talks with the prime minister on the eve of the summit.",
	"The summit runs from 20 to 22 December in Doha, after a round from March 3 to March 5.",
	"Hours after the strikes, the president called his counterpart, two days before the election.",
	"The agreement was signed on 13/03/2024 in Vienna and ratified in July 2021.",
	"They had met last September and again earlier this month, over the weekend in Paris.",
	"A spokesman for the ministry declined to comment on the reports, citing the sensitivity of the talks.",
	"On the 3rd the envoys met for the first time since the war began, the same evening as the vote.",
	"The president, who took office in 2019, has made several trips abroad this year.",
	"Blinken and Lavrov spoke for about an hour, according to a statement released by the department.",
	"The visit will take place from Friday to Sunday, and the talks on Monday and Tuesday in Geneva.",
}

// sentencesOf cuts the articles of the files matching pattern into sentences at line
// breaks and full stops, the pieces of text extraction hands Find.
func sentencesOf(tb testing.TB, pattern string) []string {
	tb.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			for _, s := range strings.SplitAfter(line, ". ") {
				if s = strings.TrimSpace(s); s != "" {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// sharedSentences returns the sentences of the seed articles and of the tuning set, or
// skips when the shared data is absent.
func sharedSentences(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, p := range []string{"seeds/*.txt", "eval/dev/tune/*.txt"} {
		out = append(out, sentencesOf(tb, filepath.Join(sharedDir, p))...)
	}
	if len(out) == 0 {
		tb.Skipf("no articles under %s", sharedDir)
	}
	return out
}

// benchmarkSentences runs a shared Finder over each sentence once per iteration.
func benchmarkSentences(b *testing.B, sentences []string) {
	b.Helper()
	f := dates.NewFinder()
	size := 0
	for _, s := range sentences {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sentences {
			f.Find(s)
		}
	}
}

// BenchmarkFindSentences measures Find on made-up news sentences.
func BenchmarkFindSentences(b *testing.B) {
	benchmarkSentences(b, madeUpSentences)
}

// BenchmarkFindArticles measures Find on the sentences of the seed and tuning articles.
func BenchmarkFindArticles(b *testing.B) {
	benchmarkSentences(b, sharedSentences(b))
}
