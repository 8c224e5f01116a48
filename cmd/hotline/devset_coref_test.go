package main_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"hotline/importer/parse"
)

// TestCorefTuneContacts rewrites each sentence of dev/tune that alone tells a held gold
// contact between two persons (toldCases) into two sentences that name its participants
// apart from its verb, as copy does (devset_corefs_test.go): a pronoun subject ("X arrived
// in the capital on Monday. He held talks with Y."), "the two" ("X and Y discussed trade.
// The two leaders met on Monday."), a title for a person named before ("X has faced
// criticism. The foreign minister met Y.") and a reported contact told on ("The foreign
// ministry said X met Y. The two discussed trade.": one contact). It checks that the story
// cut after them reports the contact with the same two participants, held, with the mode
// and date the story cut after the printed sentence gives it, and once. Fails under each
// family's floor. HOTLINE_NEGATED_DIR keeps the articles, as for TestNegatedTuneContacts.
func TestCorefTuneContacts(t *testing.T) {
	model, err := parse.Load()
	if err != nil {
		t.Fatal(err)
	}
	_, genders, err := genderedGivenNames()
	if err != nil {
		t.Fatal(err)
	}
	told := map[string]corefContact{}
	var cases []negCase
	storyGenders := map[string]map[string]string{}
	pairs := map[string]map[string]bool{} // the pairs measured of each sentence
	for _, c := range toldCases(t) {
		roles, persons := actorRoles(c.actors)
		switch {
		case c.status != "held" || len(c.parties) != 2 || c.parties[0].sur == c.parties[1].sur:
			continue
		case !persons[c.parties[0].name] || !persons[c.parties[1].name]:
			continue // an organization
		case c.told.date == "" && timeWords.MatchString(c.sentence):
			continue // "Last week, X met Y": the time the two sentences would drop
		}
		day, _, ok := storyDayOf(c.story)
		if !ok {
			continue
		}
		g, seen := storyGenders[c.story.file]
		if !seen {
			g = personGenders(model, genders, c.story.body, c.actors)
			storyGenders[c.story.file] = g
		}
		x, y := c.parties[0], c.parties[1]
		if namedAt(c.sentence, y) < namedAt(c.sentence, x) {
			x, y = y, x
		}
		if pairs[c.id][x.name+"|"+y.name] || pairs[c.id][y.name+"|"+x.name] {
			continue // a second contact of the same two in the sentence: the rewrite tells one
		}
		if pairs[c.id] == nil {
			pairs[c.id] = map[string]bool{}
		}
		pairs[c.id][x.name+"|"+y.name] = true
		base := c.id
		for n := 2; told[c.id].x.name != ""; n++ {
			c.id = fmt.Sprintf("%s-%d.txt", strings.TrimSuffix(base, ".txt"), n) // one article for each pair of a sentence
		}
		told[c.id] = corefContact{
			x:    corefParty{x.name, roles[x.name], g[x.name]},
			y:    corefParty{y.name, roles[y.name], g[y.name]},
			mode: c.told.mode, date: c.told.date, day: day,
		}
		cases = append(cases, c)
	}
	t.Logf("%d told held contacts of two persons", len(cases))
	for _, fam := range corefFamilies() {
		t.Run(fam.name, func(t *testing.T) {
			var rewrites []measuredRewrite
			for _, rw := range fam.rewrite {
				rewrites = append(rewrites, measuredRewrite{rw.name, func(c negCase) (string, []wantedContact, bool) {
					tc := told[c.id]
					s, ok := rw.edit(tc)
					body := strings.TrimRight(c.sentence, " \n")
					return s + c.sentence[len(body):], []wantedContact{{"held", tc.mode, tc.date}}, ok
				}})
			}
			score := measureFamily(t, "coref", fam.name, cases, rewrites, fam.floor)
			if score.total > 0 {
				once := float64(score.parties-score.doubled) / float64(score.total)
				if once < fam.parties {
					t.Errorf("%s: %.3f with only their two parties and once, want at least %.2f", fam.name, once, fam.parties)
				}
			}
		})
	}
}

// namedAt is the byte offset where a sentence first names a party (its surname or a
// key), or the sentence's length when it does not.
func namedAt(sentence string, g goldParty) int {
	low := strings.ToLower(sentence)
	at := len(sentence)
	for k := range g.keys {
		if i := strings.Index(low, k); i >= 0 && i < at {
			at = i
		}
	}
	if i := strings.Index(low, g.sur); i >= 0 && i < at {
		at = i
	}
	return at
}

// actorRoles are the roles of an article's gold actors by name, and its persons.
func actorRoles(actors []any) (map[string]string, map[string]bool) {
	roles, persons := map[string]string{}, map[string]bool{}
	for _, a := range actors {
		m := a.(map[string]any)
		name := m["name"].(string)
		roles[name], _ = m["role"].(string)
		persons[name] = m["kind"] == "person"
	}
	return roles, persons
}

// timeWords are words that tie a sentence to a time, which an undated contact's
// rewrite would drop: "last week", "earlier", "On Friday".
var timeWords = regexp.MustCompile(`(?i)\b(?:yesterday|today|tonight|last|ago|earlier|previously|recently|this (?:morning|week|month)|(?:19|20)\d\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\b`)

// personGenders are the genders the regendering reads for an article's gold persons
// (tellGenders), by name.
func personGenders(model *parse.Model, given map[string]string, body string, actors []any) map[string]string {
	persons := goldPersons(actors)
	tellGenders(persons, findMentions(body, persons), parseSentences(model, body), given)
	out := map[string]string{}
	for _, p := range persons {
		out[p.name] = p.gender
	}
	return out
}
