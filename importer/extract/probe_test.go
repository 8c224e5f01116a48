package extract_test

import (
	"fmt"
	"os"
	"testing"

	"hotline/importer/extract"
)

func TestProbe(t *testing.T) {
	text := os.Getenv("PROBE")
	if text == "" {
		t.Skip()
	}
	x := newExtractor(t)
	res := x.Extract(extract.Input{Text: text, Published: "2023-05-10"})
	for _, a := range res.Actors {
		fmt.Printf("ACTOR %s | %s | %s | %s\n", a.Name, a.Role, a.Country, a.Kind)
	}
	for _, d := range describe(res) {
		fmt.Println("CONTACT", d)
	}
	for _, q := range res.Quotes {
		sp := ""
		if q.Speaker >= 0 {
			sp = res.Actors[q.Speaker].Name
		}
		fmt.Printf("QUOTE %q -> %s [%s]\n", q.Text, sp, q.Evidence.Rule)
	}
}
