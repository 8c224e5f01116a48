package extract

import (
	"sync"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"hotline/importer/extract/trace"
	"hotline/importer/names"
	"hotline/importer/parse"
)

// Extractor holds the parsed gazetteer and lookup tables built once by New. It has no
// mutable state, so one Extractor may serve many goroutines.
type Extractor struct {
	gaz           *lexicon.Lexicon
	knownKey      map[string]int    // names.Key of every known-actor name and alias -> index
	knownSpelt    map[string]int    // names.Fold of the same, as printed: a name printed as one actor's alias is that actor, whatever other alias shares its key ("Milei", "Milley")
	officeCountry map[string]string // role -> the country it implies ("Secretary of State" -> US)
	whiteHouse    int               // "an administration official" speaks for the White House
	dates         *dates.Finder
	// model loads the parser once, on the first article that needs it: decoding it takes
	// a good part of a second and much memory, which a process that extracts nothing
	// (or an explorer done with its sample database, which drops its Extractor) should
	// not pay or keep.
	model func() (*parse.Model, error)
}

// Lexicon returns the read-only lexicon the extractor reads, for the stages before it (the
// text cleaner) to share rather than load again.
func (x *Extractor) Lexicon() *lexicon.Lexicon { return x.gaz }

// New parses the embedded data files (lexicon/data/*.tsv, lexicon/data/*.txt) into an Extractor.
func New() (*Extractor, error) {
	g, err := lexicon.Load()
	if err != nil {
		return nil, err
	}
	x := &Extractor{gaz: g, knownKey: map[string]int{}, knownSpelt: map[string]int{}, officeCountry: map[string]string{}, dates: dates.NewFinder(), model: sync.OnceValues(parse.Load)}
	for _, list := range g.Phrases {
		for _, p := range list {
			if p.Kind != lexicon.PhraseKnown {
				continue
			}
			k := names.Key(joinWords(p.Words))
			if old, ok := x.knownKey[k]; !ok || p.Idx < old { // deterministic: the first listed wins
				x.knownKey[k] = p.Idx
			}
			f := names.Fold(joinWords(p.Words))
			if old, ok := x.knownSpelt[f]; !ok || p.Idx < old {
				x.knownSpelt[f] = p.Idx
			}
		}
	}
	for i, o := range g.Orgs {
		if o.Name == "White House" {
			x.whiteHouse = i
		}
	}
	for _, o := range g.Offices {
		if o.Country != "" {
			x.officeCountry[o.Role] = o.Country
		}
	}
	return x, nil
}

// Extract finds the actors, contacts and quotes of one cleaned article.
func (x *Extractor) Extract(in Input) Result {
	res, _, _ := x.extract(in, nil)
	return res
}

// extract runs the stages on one article, recording decisions in t when it is not nil. It
// returns the scan and resolver too, so that Explain can show the tokens and mentions.
func (x *Extractor) extract(in Input, t *trace.Tracer) (Result, *scan, *resolver) {
	rs := []rune(in.Text)
	toks := tokens.Tokenize(rs)
	nicknames, blanks := x.blankNicknames(rs, toks)
	if nicknames != nil {
		toks = tokens.Tokenize(rs)
	}
	s := &scan{gaz: x.gaz, rs: rs, toks: toks, trace: t, title: in.Title, cutDateline: x.placeCountry(in.Dateline), nicknames: nicknames}
	s.classes = make([]lexicon.ClassSet, len(toks))
	for k, t := range toks {
		s.classes[k] = x.gaz.ClassesOf(t.Low)
	}
	s.sents = x.splitSentences(s.toks)
	s.noteNicknames(blanks)
	x.findMatches(s)
	s.markQuotes()
	var pending []mention
	issuer := in.Issuer
	if issuer == "" {
		issuer = x.TitleIssuer(in.Title) // "Statement from President X on ...": the statement's "I"
	}
	turns := x.speakerTurns(s, issuer)
	for si := range s.sents {
		if x.furniture(s, si) {
			continue
		}
		x.findPersons(s, si, &pending)
		if !x.turnMentions(s, si, turns, &pending) {
			x.issuerMentions(s, si, issuer)
		}
	}
	for si := range s.sents {
		if !x.furniture(s, si) {
			x.findRefs(s, si)
		}
	}
	r := &resolver{x: x, s: s, known: in.Known, stamps: in.Stamps}
	r.resolvePersons(pending, in.Captions, in.Known)
	r.personAcronyms()
	r.resolveOrgs()
	r.orgAcronyms()
	r.orgShortNames()
	r.finishActors()
	r.orgHeads()
	r.possessorCountries()
	r.administrationCountries()
	r.nameCountries()
	r.aideCountries()
	r.principalCountries(x.publisherCountry(in.Publisher))
	r.visitMetCountries()
	r.ministryStaffCountries(x.placeCountry(in.Dateline))
	r.issuerCountries(x.publisherCountry(in.Publisher))
	r.homeCountries(x.placeCountry(in.Dateline), x.publisherCountry(in.Publisher), x.outletCountry(in.Publisher))
	r.possessorCountries() // "President X's adviser, Y": X's country, told or the story's
	r.genders()
	r.knownOffices()
	r.resolveRefs()
	r.pronounOffices()
	quotes := x.findQuotes(r)
	s.dates, s.finder = map[int][]dateExpr{}, x.dates
	published := in.Published
	if published == "" {
		published = x.Publication(in.Text)
	}
	contacts := x.findContacts(r, published)
	x.titleMedium(r, contacts, in.Title)
	x.titleDate(r, contacts, in.Title, published)
	x.yearTexts(r, contacts)
	return r.result(quotes, contacts), s, r
}
