package extract_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"hotline/importer/extract"
)

// BenchmarkExtract measures extraction throughput over the seed articles and the dev set
// (reported as MB/s of article text).
func BenchmarkExtract(b *testing.B) {
	x := newExtractor(b)
	var texts []string
	for _, pattern := range []string{"../../seeds/*.txt", "testdata/devset/*.txt"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(raw))
		}
	}
	if len(texts) == 0 {
		b.Skip("no articles to measure")
	}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			x.Extract(extract.Input{Text: t, Published: "2022-02-01"})
		}
	}
}

// BenchmarkNew measures building an Extractor (parsing the embedded data once).
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := extract.New(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestExtractEmptyAndOddInput(t *testing.T) {
	x := newExtractor(t)
	for _, in := range []string{"", "   \n\n  ", "“", "\"\"\"", strings.Repeat("A. ", 200), "Mr.", "'s", "Jan. 21", "—", "Putin's"} {
		t.Run(in, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: in, Published: "not a date"})
			for _, c := range res.Contacts {
				if len(c.Participants) < 2 {
					t.Errorf("contact with %d participants", len(c.Participants))
				}
			}
		})
	}
}

// TestDeterministic checks that two Extractors give the same result for the same article:
// re-importing unchanged articles must change nothing.
func TestDeterministic(t *testing.T) {
	files, _ := filepath.Glob("testdata/devset/*.txt")
	if len(files) == 0 {
		t.Skip("no dev-set articles")
	}
	a, b := newExtractor(t), newExtractor(t)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in := extract.Input{Text: string(raw), Published: "2022-02-01"}
		if ra, rb := a.Extract(in), b.Extract(in); !reflect.DeepEqual(ra, rb) {
			t.Errorf("%s: two runs differ", f)
		}
	}
}

// BenchmarkPublication measures the search for a publication date in a body that has none,
// whose first lines are long paragraphs: the importer runs it on every undated article, so
// its cost must not grow with the length of the paragraphs it passes over.
func BenchmarkPublication(b *testing.B) {
	x := newExtractor(b)
	para := strings.Repeat("The minister said on Tuesday that talks with his counterpart in March 2024 had gone well, and that another round was planned. ", 12)
	body := strings.Repeat(para+"\n\n", 6)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if d := x.Publication(body); d != "" {
			b.Fatalf("Publication found %q in an undated body", d)
		}
	}
}

// BenchmarkAndBeforeNames measures extraction of sentences where "and" comes before a
// capitalized word in a sentence with a contact word, but only one side of the "and" has
// a contact verb: the clause splitter must not parse them to learn that the "and" joins
// no two contact clauses (made-up newsroom sentences).
func BenchmarkAndBeforeNames(b *testing.B) {
	x := newExtractor(b)
	paras := []string{
		"Prime Minister Elena Vasquez met Foreign Minister Tomas Berg and Trade Minister Ana Ruiz in Lisbon on Monday, according to a statement from her office.",
		"The talks covered fishing rights and Atlantic shipping lanes, and Portuguese officials described them as constructive.",
		"Berg, who arrived from Oslo and Copenhagen on Sunday, is expected to visit the port of Sines and Setubal before returning home.",
		"Ruiz told reporters that Norway and Portugal would sign a memorandum on offshore wind and Green Hydrogen later this year.",
		"Opposition leader Rui Calado and Deputy Speaker Ines Moura criticised the meeting, saying the government had ignored Parliament and Regional Assemblies.",
	}
	text := strings.Join(paras, "\n\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(extract.Input{Text: text, Published: "2024-03-04"})
	}
}
