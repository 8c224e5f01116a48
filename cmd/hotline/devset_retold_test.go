package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// retoldFloors are the floors of TestRetoldTuneMerge by variant, read as
// republishedFloors are: extra the most contact rows the retold copies may add to dev/tune's
// own import, actors the most actors, linked the least share of the original import's
// (contact, article) pairs whose contact the retelling's article is linked to as well,
// contacts the least contacts F1 of the originals. A little under what the importer
// reaches; raise them as the merge improves. A brief and a readout tell less than their
// original: their linked floors are under the share of what is left. At main (0d5dd46):
// extra 5, 6, 6, 7, 2; linked .966, .958, .949, .322, .212 (a readout tells 28 of the 118
// pairs); actors +2 for the brief, +1 for the readout; the readouts lowered the originals'
// contacts F1 to .958: "First Minister of Scotland Nicola Sturgeon" was "Scotland Nicola
// Sturgeon", whose longer name the originals' actor then took (a place the gazetteer does
// not know after "<office> of" opens no name: .977). A brief's "Chancellor of the Exchequer
// Lawson" was the aid worker Lawson another story named, and its contact a row apart (a
// bare surname of another office than the one known person's is not that person, and the
// full name of its office later is the bare one's: extra 6, linked .331). Left: four of
// the reworded rows are stories with no publication date whose contacts tell no day
// either ("last week", none): two such reports by two outlets stay apart unless one copies
// the other word for word (wordsAgree), the safer error; a day later, a scheduled meeting
// "on Friday" kept its weekday past the day it names (the rewrite's, not the importer's);
// a brief that names two of a four-way meeting's parties is a pair of its own; a brief's
// "Carter" after a dateline in capitals has no office and is the one Carter known. The readouts left apart tell of a
// pair their original misnames ("Vladimir" for Putin) or does not name.
var retoldFloors = map[string]struct{ extra, actors, linked, contacts float64 }{
	"reworded":                {extra: 5, linked: 0.96, contacts: 0.97},
	"reworded a day later":    {extra: 6, linked: 0.95, contacts: 0.97},
	"reworded calendar dates": {extra: 6, linked: 0.94, contacts: 0.97},
	"titled brief":            {extra: 6, actors: 2, linked: 0.32, contacts: 0.97},
	"readout":                 {extra: 2, actors: 1, linked: 0.20, contacts: 0.97},
}

// retelling is one way another outlet tells the same story in its own words: the copy of
// s, built from s's text and its gold (the persons and the first contact), ok false when
// the story cannot be so told (no copy is written).
type retelling func(s storyFile, article map[string]any) (storyFile, bool)

// retold is a story told by copyOutlet in the paraphrase families' words, the same day.
func retold(s storyFile, article map[string]any) storyFile {
	c := s
	c.source, c.url = copyOutlet, "https://www.example.com/retold/"+strings.TrimSuffix(s.file, ".txt")
	c.title = wireHeadline(s)
	c.body = allFamilies(s.body, articlePeople(article))
	return c
}

// articlePeople are the gold persons of one gold article.
func articlePeople(article map[string]any) []paraPerson {
	return goldPeople(map[string]any{"articles": []any{article}})[article["file"].(string)]
}

// redatedBy applies a redating to a retold story when it has a day to tell from; a story
// the redating cannot keep true (or without a date) is retold the same day.
func redatedBy(r redating) retelling {
	return func(s storyFile, article map[string]any) (storyFile, bool) {
		c := retold(s, article)
		day, _, ok := storyDayOf(s)
		if !ok {
			return c, true
		}
		if d, ok := r(c, day, aheadWeekdays(article, day)); ok {
			return d, true
		}
		return c, true
	}
}

// retellings are the variants of TestRetoldTuneMerge: reworded the same day; reworded and
// published the next day, its words of days rewritten to keep their days; reworded with
// its weekdays as calendar dates; a reworded brief of the first three paragraphs whose
// persons are named by title and surname ("Chinese President Xi"); a readout that tells
// only the gold's first contact in a government's words.
func retellings() []struct {
	name string
	tell retelling
} {
	return []struct {
		name string
		tell retelling
	}{
		{"reworded", func(s storyFile, a map[string]any) (storyFile, bool) { return retold(s, a), true }},
		{"reworded a day later", redatedBy(publishedLater(1))},
		{"reworded calendar dates", redatedBy(calendarDays(calendarStyle{}))},
		{"titled brief", titledBrief},
		{"readout", readout},
	}
}

// titledBrief is a retold story cut to its first three paragraphs, each gold person with
// a title before the full name named by title and surname there.
func titledBrief(s storyFile, article map[string]any) (storyFile, bool) {
	c := retold(s, article)
	paras := c.paragraphs()
	body := strings.Join(paras[:min(3, len(paras))], "\n\n") + "\n"
	for _, sp := range surnamesOf(body, articlePeople(article)) {
		sur := sp.sur
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(sp.p.name) + `\b`)
		body = outsideQuotes(body, func(t string) string {
			var b strings.Builder
			last := 0
			for _, ix := range re.FindAllStringIndex(t, -1) {
				before := t[:ix[0]]
				if !titleWords.MatchString(before) || sentenceStart(before) || strings.HasSuffix(strings.TrimSpace(before), " of") {
					continue
				}
				b.WriteString(t[last:ix[0]] + sur)
				last = ix[1]
			}
			b.WriteString(t[last:])
			return b.String()
		})
	}
	c.body = body
	return c, true
}

// readoutVerb is the verb a readout tells a contact of a gold mode with.
var readoutVerb = map[string]string{"phone": "spoke by phone", "meeting": "met", "video": "held a video call"}

// readout is a government readout of the gold's first contact of two persons with roles:
// "<Role> <Name> spoke by phone today with <Role> <Name>.", dated by "today" or the
// weekday of the six days before publication, and nothing else. A story whose first
// contact is not such (no date within the week, no roles, no mode a readout names) has no
// readout.
func readout(s storyFile, article map[string]any) (storyFile, bool) {
	contacts, _ := article["contacts"].([]any)
	if len(contacts) == 0 {
		return s, false
	}
	first := contacts[0].(map[string]any)
	parts, _ := first["participants"].([]any)
	verb := readoutVerb[fmt.Sprint(first["mode"])]
	date, _ := first["date"].(string)
	day, err1 := time.Parse(time.DateOnly, date)
	pub, err2 := time.Parse(time.DateOnly, s.date)
	if len(parts) != 2 || verb == "" || err1 != nil || err2 != nil || first["status"] != "held" {
		return s, false
	}
	when := ""
	switch back := int(pub.Sub(day).Hours() / 24); {
	case back == 0:
		when = "today"
	case back > 0 && back < 7:
		when = "on " + day.Weekday().String()
	default:
		return s, false
	}
	roles := map[string]string{}
	for _, p := range articlePeople(article) {
		roles[p.name] = p.role
	}
	var named []string
	for _, p := range parts {
		name := fmt.Sprint(p)
		if roles[name] == "" {
			return s, false
		}
		named = append(named, roles[name]+" "+name)
	}
	c := s
	c.source, c.url = copyOutlet, "https://www.example.com/readouts/"+strings.TrimSuffix(s.file, ".txt")
	c.title = "Readout: " + named[0] + "'s call with " + named[1]
	c.body = fmt.Sprintf("%s %s %s with %s.\n", named[0], verb, when, named[1])
	return c, true
}

// TestRetoldTuneMerge imports dev/tune together with, for every story, the story as
// another outlet tells it in its own words (retellings), and checks issue 7's rule on
// real text: one contact told by two outlets is one contacts row with a mention of each.
// The retellings should add no contact rows and no actors, and their articles be linked to
// the contacts their originals tell (retoldFloors); the originals' score must hold.
// HOTLINE_RETOLD_DIR, when set, names a folder that keeps each variant's corpus for study.
func TestRetoldTuneMerge(t *testing.T) {
	stories, gold := readTuneStories(t)
	articles := goldArticles(gold)
	base := tuneAlone(t)
	for _, tc := range retellings() {
		t.Run(tc.name, func(t *testing.T) {
			base.check(t, tc.name, os.Getenv("HOTLINE_RETOLD_DIR"), mergeFloor(retoldFloors[tc.name]), func(dir string) int {
				told := 0
				for _, s := range stories {
					writeFile(t, dir, s.file, s.frontMatter(s.title)+s.body)
					if c, ok := tc.tell(s, articles[s.file]); ok {
						told++
						writeFile(t, dir, copyName(s.file), c.frontMatter(c.title)+c.body)
					}
				}
				return told
			})
		})
	}
}

// goldArticles are a gold's articles by file name.
func goldArticles(gold map[string]any) map[string]map[string]any {
	out := map[string]map[string]any{}
	for _, a := range gold["articles"].([]any) {
		art := a.(map[string]any)
		out[art["file"].(string)] = art
	}
	return out
}

// mergeFloor is a variant's floors in a merge test: extra the most contact rows its
// copies may add, actors the most actors, linked the least linked share, contacts the
// least contacts F1 of the originals.
type mergeFloor struct{ extra, actors, linked, contacts float64 }

// mergeBase is dev/tune imported alone, what a merge test's variants are measured against.
type mergeBase struct {
	gold  string
	alone linkage
}

// tuneAlone imports dev/tune alone and logs its counts and score.
func tuneAlone(t *testing.T) mergeBase {
	t.Helper()
	dev, err := filepath.Abs(filepath.Join(scoreDir, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	b := mergeBase{gold: filepath.Join(dev, "tune.gold.json")}
	rep, path := scoreImportDB(t, b.gold, filepath.Join(dev, "tune"))
	b.alone = linkageOf(t, path)
	t.Logf("%-23s contacts %d actors %d mentions %d; %s", "dev/tune alone", b.alone.contacts, b.alone.actors, b.alone.pairs, scoreLine(rep))
	return b
}

// check imports the corpus write puts in a folder (the originals and their copies;
// write returns how many copies it wrote), logs how the copies tie to the originals and
// fails under floor. keep, when not empty, names a folder that keeps the corpus.
func (b mergeBase) check(t *testing.T, name, keep string, floor mergeFloor, write func(dir string) int) {
	t.Helper()
	dir := t.TempDir()
	if keep != "" {
		dir = filepath.Join(keep, strings.ReplaceAll(name, " ", "_"))
	}
	copies := write(filepath.Join(dir, "tune"))
	rep, path := scoreImportDB(t, b.gold, filepath.Join(dir, "tune"))
	got := linkageOf(t, path)
	extra, actors := got.contacts-b.alone.contacts, got.actors-b.alone.actors
	share := float64(got.linked) / float64(b.alone.pairs)
	t.Logf("%-23s %d copies: contacts %d (+%d) actors %d (+%d) linked %d/%d (%.3f) copy mentions %d, %d astray; %s",
		name, copies, got.contacts, extra, got.actors, actors, got.linked, b.alone.pairs, share,
		got.copyPairs, got.strays, scoreLine(rep))
	if float64(extra) > floor.extra {
		t.Errorf("the copies added %d contact rows, want at most %.0f", extra, floor.extra)
	}
	if float64(actors) > floor.actors {
		t.Errorf("actors %d, dev/tune's own %d: want at most %.0f more", got.actors, b.alone.actors, floor.actors)
	}
	if share < floor.linked {
		t.Errorf("copies linked to %.3f of the originals' contact mentions, want at least %.2f", share, floor.linked)
	}
	if rep.Contacts.F1 < floor.contacts {
		t.Errorf("contacts F1 %.3f, want at least %.2f", rep.Contacts.F1, floor.contacts)
	}
}
