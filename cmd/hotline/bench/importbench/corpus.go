package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"time"

	"hotline/seeds"
)

// seedPersons are the persons the sample articles name, as (given names, surname): a
// variant article gives each of them another invented person's name, consistently.
var seedPersons = [][2]string{
	{"Antony|Anthony", "Blinken"}, {"Sergey|Sergei", "Lavrov"}, {"Joe", "Biden"},
	{"Linda", "Thomas-Greenfield"}, {"Vasily", "Nebenzya"}, {"Vladimir", "Putin"},
	{"Lloyd", "Austin"}, {"Sergei", "Shoigu"}, {"Oleksiy", "Reznikov"}, {"Pat", "Ryder"},
	{"Catherine", "Colonna"}, {"Jake", "Sullivan"}, {"Volodymyr", "Zelensky"},
	{"Mark", "Milley"}, {"Valery", "Gerasimov"}, {"Dmytro", "Kuleba"},
	{"Emmanuel", "Macron"}, {"Dmitry", "Peskov"},
}

var (
	givenNames = strings.Fields(`Ilse Tomas Marta Oren Lucia Pavel Nadia Quentin Rosa Sven Aurelio Bettina
		Cosmin Dagny Efrem Flavia Gunnar Helka Ivo Jolanta Kasimir Liesel Matteo Nerys Odile Piet Runa
		Sandor Tilde Ulrich Vesna Wendel Xenia Yorick Zuzana Anselm Brigida Cyprian Dorota Emeric`)
	surnames = strings.Fields(`Arveld Brennick Castell Dorsan Elvin Faraday Gorsky Hallam Imrie Jorvik
		Kestrel Lindqvist Marrow Nettleford Ostrander Pellegrin Quarrie Ravensdale Sorvino Tallis
		Umberfield Valcourt Wexley Yarrow Zelenko Abernethy Blackwood Corwin Delacroix Ebersole
		Fennimore Gallardo Hartigan Ingersoll Jessup Kavanagh Lockridge Montague Northcott Oakhurst
		Pemberton Quinlan Rutherford Stanhope Thackeray Underhill Vandermeer Whitlock Yardley Zimmerman`)
)

// record is one article of the generated corpus, in the JSON Lines fields hotline reads.
type record struct {
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Source    string `json:"source_domain"`
}

// seedArticle is a sample article split into its date, title and body.
type seedArticle struct{ title, body string }

func loadSeeds() ([]seedArticle, error) {
	var out []seedArticle
	err := fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, path)
		if err != nil {
			return err
		}
		lines := strings.SplitN(string(b), "\n", 3)
		if len(lines) < 3 {
			return fmt.Errorf("seed %s: too short", path)
		}
		out = append(out, seedArticle{title: lines[1], body: lines[2]})
		return nil
	})
	return out, err
}

// corpus says what to generate: n articles; persons is the size of the pool of invented
// persons (a Zipf draw, so some pairs recur as in real news) and days the span of
// publication dates. The worst case is a pool of 4 persons over 3 days: every article
// reports the same few pairs, so every contact is a merge candidate of every other.
type corpus struct {
	n       int
	persons int
	days    int
}

func (c corpus) name() string {
	return fmt.Sprintf("corpus-%d-p%d-d%d.jsonl", c.n, c.persons, c.days)
}

// write generates the corpus into path (repeatably: the same corpus gives the same file)
// and returns the bytes of article text written.
func (c corpus) write(path string) (int64, error) {
	samples, err := loadSeeds()
	if err != nil {
		return 0, err
	}
	f, err := os.Create(path + ".tmp")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	rng := rand.New(rand.NewPCG(uint64(c.n), uint64(c.persons)))
	zipf := rand.NewZipf(rng, 1.2, 8, uint64(c.persons-1))
	start := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	var textBytes int64
	for i := range c.n {
		s := samples[i%len(samples)]
		repl := c.replacer(rng, zipf)
		day := start.AddDate(0, 0, rng.IntN(c.days))
		body := repl.Replace(s.body) + fmt.Sprintf("\n\nThe readout was published at %02d:%02d local time (file %d).\n",
			rng.IntN(24), rng.IntN(60), i)
		rec := record{Title: repl.Replace(s.title), Text: body, Published: day.Format(time.DateOnly),
			URL: fmt.Sprintf("https://news.example/%d", i), Source: "news.example"}
		textBytes += int64(len(rec.Text) + len(rec.Title))
		if err := enc.Encode(rec); err != nil {
			return 0, err
		}
	}
	if err := w.Flush(); err != nil {
		return 0, err
	}
	if err := f.Close(); err != nil {
		return 0, err
	}
	return textBytes, os.Rename(path+".tmp", path)
}

// replacer maps every person of the samples to a distinct person of the pool.
func (c corpus) replacer(rng *rand.Rand, zipf *rand.Zipf) *strings.Replacer {
	var used []int
	var pairs []string
	for _, p := range seedPersons {
		k := int(zipf.Uint64())
		for slices.Contains(used, k) && len(used) < c.persons {
			k = rng.IntN(c.persons)
		}
		used = append(used, k)
		given := givenNames[k%len(givenNames)]
		surname := surnames[(k/len(givenNames)+k)%len(surnames)]
		if k >= len(givenNames)*len(surnames) {
			surname += fmt.Sprintf("-%s", surnames[k%7])
		}
		for _, g := range strings.Split(p[0], "|") {
			pairs = append(pairs, g+" "+p[1], given+" "+surname)
		}
		pairs = append(pairs, p[1], surname)
	}
	return strings.NewReplacer(pairs...)
}
