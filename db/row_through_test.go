package db_test

import (
	"context"
	"fmt"
	"testing"

	"hotline/db"
)

func TestLinkKeys(t *testing.T) {
	r := openReader(t, writeLinkFixture(t), db.ReadOptions{})
	s, err := r.Schema(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		table string
		want  string // the two keys' columns, "" when not a link table
	}{
		{"memberships", "group_id person_id"},
		{"person_tags", "person_id tag_id"},
		{"posts", ""},
		{"log", ""},
		{"people", ""},
	}
	for _, tc := range tests {
		t.Run(tc.table, func(t *testing.T) {
			keys, ok := s.Table(tc.table).LinkKeys()
			got := ""
			if ok {
				got = keys[0].Column + " " + keys[1].Column
			}
			if got != tc.want {
				t.Errorf("LinkKeys = %q, want %q", got, tc.want)
			}
		})
	}
}

// summary writes a row's related and through counts with their previews' labels.
func summary(res *db.RowResult) map[string]string {
	out := map[string]string{}
	for _, rel := range res.Related {
		out[rel.Table+"."+rel.Column] = fmt.Sprint(rel.Count, rel.More, labelsOfPreview(rel.Preview))
	}
	for _, th := range res.Through {
		out[th.Table+" via "+th.Link+"."+th.Column+">"+th.FarColumn] = fmt.Sprint(th.Count, th.More, labelsOfPreview(th.Preview))
	}
	return out
}

func labelsOfPreview(ps []db.Preview) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%v %v", p.Key, p.Label))
	}
	return out
}

func TestRowThrough(t *testing.T) {
	r := openReader(t, writeLinkFixture(t), db.ReadOptions{CountLimit: 3})
	tests := []struct {
		name, table, key string
		want             map[string]string
	}{
		{"a person", "people", "1", map[string]string{
			"memberships.person_id":                     "3 true []",
			"person_tags.person_id":                     "1 false []",
			"posts.author_id":                           "2 false [[1] first post [2] second post]",
			"log.person_id":                             "1 false [[1] login]",
			"aliases.person_id":                         "0 false []",
			"remarks.person_id":                         "0 false []",
			"groups via memberships.person_id>group_id": "3 true [[1] Chess club [2] Choir [3] Board [4] Runners]",
			"tags via person_tags.person_id>tag_id":     "1 false [[2] late]",
		}},
		{"a preview stops at five rows", "people", "3", map[string]string{
			"memberships.person_id":                     "1 false []",
			"person_tags.person_id":                     "0 false []",
			"posts.author_id":                           "3 true [[4] c1 [5] c2 [6] c3 [7] c4 [8] c5]",
			"log.person_id":                             "0 false []",
			"aliases.person_id":                         "0 false []",
			"remarks.person_id":                         "0 false []",
			"groups via memberships.person_id>group_id": "1 false [[3] Board]",
			"tags via person_tags.person_id>tag_id":     "0 false []",
		}},
		{"running text names a row, else its first text", "people", "2", map[string]string{
			"memberships.person_id":                     "1 false []",
			"person_tags.person_id":                     "2 false []",
			"posts.author_id":                           "1 false [[3] bob writes]",
			"log.person_id":                             "0 false []",
			"aliases.person_id":                         "1 false [[2 Bobby] Bobby]",
			"remarks.person_id":                         "2 false [[1] needs a look [2] closed]",
			"groups via memberships.person_id>group_id": "1 false [[1] Chess club]",
			"tags via person_tags.person_id>tag_id":     "2 false [[1] early [2] late]",
		}},
		{"a group", "groups", "5", map[string]string{
			"memberships.group_id":                      "0 false []",
			"people via memberships.group_id>person_id": "0 false []",
		}},
		{"a tag", "tags", "2", map[string]string{
			"person_tags.tag_id":                      "2 false []",
			"people via person_tags.tag_id>person_id": "2 false [[1] Ada [2] Bob]",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := r.Row(context.Background(), tc.table, []string{tc.key})
			if err != nil {
				t.Fatal(err)
			}
			got := summary(res)
			if len(got) != len(tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			for k, want := range tc.want {
				if got[k] != want {
					t.Errorf("%s = %q, want %q", k, got[k], want)
				}
			}
		})
	}
}
