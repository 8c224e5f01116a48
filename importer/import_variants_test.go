package importer_test

import (
	"slices"
	"testing"

	"hotline/importer"
)

// TestImportMergesNameVariants checks that a person's full name printed with or without
// one of the given names is one actor across articles (named by the fuller form when
// only middle names were missing), and that the variants stay apart when two known
// people fit or their countries differ.
func TestImportMergesNameVariants(t *testing.T) {
	person := func(name, country string) actorSpec {
		return actorSpec{name: name, kind: "person", country: country, surfaces: []string{name}}
	}
	cases := []struct {
		name  string
		forms [][]actorSpec // the actors of each article, imported in turn
		want  []string
	}{
		{"first given name dropped", [][]actorSpec{{person("Recep Tayyip Kaya", "TR")}, {person("Tayyip Kaya", "")}},
			[]string{"Recep Tayyip Kaya|2"}},
		{"middle name added later", [][]actorSpec{{person("Ana Kovac", "HR")}, {person("Ana Marija Kovac", "HR")}},
			[]string{"Ana Marija Kovac|2"}},
		{"titles before the name do not rename", [][]actorSpec{{person("Tamim Hamad Dahir", "")}, {person("Amir Sheikh Tamim Hamad Dahir", "")}},
			[]string{"Tamim Hamad Dahir|2"}},
		{"two people fit", [][]actorSpec{{person("Omar Hamad Dahir", "")}, {person("Tamim Hamad Dahir", "")}, {person("Hamad Dahir", "")}},
			[]string{"Hamad Dahir|1", "Omar Hamad Dahir|1", "Tamim Hamad Dahir|1"}},
		{"countries differ", [][]actorSpec{{person("Ana Marija Kovac", "HR")}, {person("Marija Kovac", "SI")}},
			[]string{"Ana Marija Kovac|1", "Marija Kovac|1"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := script{}
			var runs []map[string]string
			for i, actors := range c.forms {
				tag := string(rune('a' + i))
				sc["story"+tag] = scene{actors: actors}
				runs = append(runs, map[string]string{tag + ".md": story(tag, "2022-01-0"+string(rune('1'+i)), "story"+tag+": they spoke.")})
			}
			path, _ := importEach(t, importer.Options{Extractor: sc}, runs...)
			got := queryRows(t, rawDB(t, path), `SELECT name, (SELECT count(*) FROM article_actors l WHERE l.actor_id = actors.id)
				FROM actors ORDER BY name`)
			if !slices.Equal(got, c.want) {
				t.Errorf("actors %q, want %q", got, c.want)
			}
		})
	}
}
