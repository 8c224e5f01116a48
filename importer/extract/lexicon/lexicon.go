package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// country is one state of data/countries.tsv.
type country struct {
	Code      string
	Adjective string // first demonym: "Russian"
}

// Org is one organization of data/orgs.tsv or one generated ministry.
type Org struct {
	Name, Kind, Country string
	// Head is the office of the one person at the body's head, for a seat of power the
	// press names its head by ("the Kremlin chief" is Russia's President): orgs.tsv's
	// fifth field, "" for most bodies.
	Head string
}

// known is one well-known actor of data/people.tsv.
type known struct {
	Name, Role, Country string
}

// office is one role of data/offices.tsv, with everything the rules know of it.
type office struct {
	Role, Country string
	spokes        bool   // spokesman-like: prefixed with the organization before it
	family        string // counterparts across countries: foreign, defense, military, leader
	ref           bool   // "the Russian president" may stand for its holder
	national      bool   // held in a state's government
	pluralFamily  bool   // its plural forms name any holder of its family
	generic       bool   // a portfolio-less word ("the minister"): stands for the last holder of any office it ends
	orgChief      bool   // the head of an international body: "the NATO chief" stands for its holder named before
	orgPrefix     bool   // an organization named right before it names the role with it: "Pentagon spokesman"
}

// Lexicon is the parsed data directory: phrase tables and word lists.
type Lexicon struct {
	Countries   []country
	Orgs        []Org
	People      []known
	Offices     []office
	roles       map[string]int // canonical role -> index into offices
	plurals     map[string]int // plural form ("foreign ministers") -> index into offices
	Ministries  []string
	Phrases     map[string][]phrase // first word (lowercased) -> candidates, longest first
	First       map[string]bool     // first names by names.Key spelling
	Stop        map[string]bool
	words       map[string]ClassSet // data/words.tsv: lowercased word -> its classes
	endings     []string            // data/words.tsv, class common-ending: word endings
	nameEndings []nameEnding        // data/words.tsv, classes female-ending and male-ending
	families    map[string]string   // data/namecountries.tsv: ruling family's name key -> country code
	honorifics  map[string]string   // data/namecountries.tsv: lower-case honorific -> country code
	// ContactWords is data/contactwords.tsv: the words that report a contact
	ContactWords map[string]contactWord
}

// Load parses the embedded data files; an error names the file and line.
func Load() (*Lexicon, error) {
	g := &Lexicon{Phrases: map[string][]phrase{}, First: map[string]bool{}, Stop: map[string]bool{}, roles: map[string]int{}, plurals: map[string]int{}, words: map[string]ClassSet{}, ContactWords: map[string]contactWord{}, families: map[string]string{}, honorifics: map[string]string{}}
	steps := []struct {
		file   string
		fields int
		add    func([]string) error
	}{
		{"countries.tsv", 3, g.addCountry},
		{"offices.tsv", 2, g.addOffice},
		{"orgs.tsv", 4, g.addOrg},
		{"ministries.tsv", 2, g.addMinistry},
		{"people.tsv", 3, g.addPerson},
		{"words.tsv", 2, g.addWords},
		{"contactwords.tsv", 3, g.addContactWord},
		{"namecountries.tsv", 3, g.addNameCountry},
	}
	for _, s := range steps {
		if err := eachRecord(s.file, s.fields, s.add); err != nil {
			return nil, err
		}
	}
	if err := eachWord("firstnames.txt", func(w string) { g.First[FirstKey(w)] = true }); err != nil {
		return nil, err
	}
	if err := eachWord("stopwords.txt", func(w string) { g.Stop[strings.ToLower(w)] = true }); err != nil {
		return nil, err
	}
	g.sortPhrases()
	return g, nil
}

// eachRecord calls add with the tab-separated fields of every non-comment line.
func eachRecord(file string, min int, add func([]string) error) error {
	return eachLine(file, func(line string, n int) error {
		f := strings.Split(line, "\t")
		if len(f) < min {
			return fmt.Errorf("extract: data/%s line %d: want at least %d tab-separated fields, got %d", file, n, min, len(f))
		}
		if err := add(f); err != nil {
			return fmt.Errorf("extract: data/%s line %d: %w", file, n, err)
		}
		return nil
	})
}

// eachWord calls add with every white-space separated word of a word-list file.
func eachWord(file string, add func(string)) error {
	return eachLine(file, func(line string, _ int) error {
		for _, w := range strings.Fields(line) {
			add(w)
		}
		return nil
	})
}

func eachLine(file string, fn func(string, int) error) error {
	f, err := dataFS.Open("data/" + file)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line, n); err != nil {
			return err
		}
	}
	return sc.Err()
}

// split returns the non-empty |-separated items of a field.
func split(field string) []string {
	var out []string
	for _, s := range strings.Split(field, "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
