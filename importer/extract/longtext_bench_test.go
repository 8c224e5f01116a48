package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"hotline/importer/cputime"
	"hotline/importer/extract"
)

// hostileText is a made-up input of about n words that a bad scrape can produce: a body
// that lost its full stops, a table flattened to one line, a comment dump, a list of names.
type hostileText struct {
	name string
	make func(n int) string
}

// hostileTexts returns the shapes BenchmarkHostile and TestHostileWorkBounded run: each
// once made extraction time grow with the square of the text's length.
func hostileTexts() []hostileText {
	return []hostileText{
		{"unpunctuated", func(n int) string {
			// one sentence of newsroom words, names, titles and contact verbs, no full stop
			words := strings.Fields("President Tomas Veldkamp met Foreign Minister Ana Ruiz in Vienna on Tuesday and said he spoke with Chancellor Oskar Brandt by phone while Prime Minister Lena Ostrova held talks with her counterpart Ivo Marek who told reporters the envoy would visit Kyiv and meet Defence Minister Pavel Horak")
			return repeatWords(words, n)
		}},
		{"names-list", func(n int) string {
			first := []string{"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hugo"}
			last := []string{"Novak", "Petrov", "Lindqvist", "Moreau", "Okafor", "Tanaka", "Weber", "Silva"}
			var b strings.Builder
			for i := 0; i < n/2; i++ {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(first[i%len(first)] + " " + last[(i/len(first))%len(last)])
			}
			return b.String()
		}},
		{"quotes", func(n int) string {
			words := strings.Fields(`"The talks went well, said Minister Ana Ruiz "we met Oskar Brandt" and " he told " Ivo Marek`)
			return repeatWords(words, n)
		}},
		{"met-said", func(n int) string {
			return repeatWords([]string{"met", "said"}, n)
		}},
		{"sentences", func(n int) string {
			// punctuated prose whose every sentence tells a contact of the same persons
			words := strings.Fields("President Tomas Veldkamp met Foreign Minister Ana Ruiz in Vienna on Tuesday. He said he spoke with Chancellor Oskar Brandt by phone. The two held talks.")
			return repeatWords(words, n)
		}},
		{"comments", func(n int) string {
			// a comment dump: short paragraphs, each a contact of other persons
			first := []string{"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Luca"}
			last := []string{"Novak", "Petrov", "Lindqvist", "Moreau", "Okafor", "Tanaka", "Weber", "Silva", "Horak", "Brandt", "Ruiz", "Marek"}
			var b strings.Builder
			for i := 0; i < n/10; i++ {
				a, c := i%len(first), (i/len(first))%len(last)
				fmt.Fprintf(&b, "Minister %s %s met envoy %s %s on Tuesday. He said they spoke.\n\n", first[a], last[c], first[(a+5)%len(first)], last[(c+7)%len(last)])
			}
			return b.String()
		}},
		{"timeline", func(n int) string {
			// a timeline or a table of dates flattened to one line: months all along
			return repeatWords(strings.Fields("on March 3, 2024 and May 5 after Tuesday last week"), n)
		}},
		{"org-references", func(n int) string {
			// many organizations, each referred back to: orgByHead once read every
			// organization's mentions for each "the agency" (orgRefIndex)
			return bodySentences(n/10, "The %s %s Agency said the agency and the group met. ")
		}},
		{"agency-unnamed", func(n int) string {
			// many bodies, none named an agency, and "the agency" after each: it stands for
			// the international body or news agency named last (agencyOrgs), which once
			// read every organization and all their mentions for each reference
			return bodySentences(n/8, "The %s %s Institute and Reuters said the agency agreed. ")
		}},
		{"nested", func(n int) string {
			// brackets opened n/3 deep around a contact, then closed
			return strings.Repeat("( ", n/3) + "Tomas Veldkamp met Ana Ruiz" + strings.Repeat(" )", n/3)
		}},
		{"brackets", func(n int) string {
			words := strings.Fields("( President [ Tomas ( Veldkamp { met ( Ana Ruiz")
			return repeatWords(words, n)
		}},
		{"transcript", func(n int) string {
			// a transcript of thousands of short turns: each turn's label once made
			// turnMentions read all the article's mentions (deleteInSentence)
			return strings.Repeat("MINISTER RUIZ: I met Oskar Brandt.\n\nQUESTION: Did you?\n\n", n/10)
		}},
		{"interview", func(n int) string {
			// an interview whose answers no issuer names: a long introduction, then many
			// "A:" turns, each of which once read all the article's mentions for the
			// interviewee the introduction names (interviewee)
			intro := strings.Repeat("Foreign Minister Ana Ruiz spoke to Example News in Vienna with Oskar Brandt. ", n/24)
			return intro + "\n\n" + strings.Repeat("Q: Did you?\n\nA: I met him.\n\n", n/12)
		}},
	}
}

// bodySentences writes k sentences of format, each naming a body by two given names
// (format's two %s), so that up to 144 bodies are named, and referred back to, in turn.
func bodySentences(k int, format string) string {
	first := []string{"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Luca"}
	var b strings.Builder
	for i := 0; i < k; i++ {
		fmt.Fprintf(&b, format, first[i%len(first)], first[(i/len(first))%len(first)])
	}
	return b.String()
}

// repeatWords writes n words cycling through words, joined by spaces.
func repeatWords(words []string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[i%len(words)])
	}
	return b.String()
}

// BenchmarkHostile measures extraction of each hostile shape at 1k, 4k and 16k words: a
// linear extractor takes about 4 times as long per 4 times the words. cpu-ms/op is the
// process's CPU per extraction (with the collector's), steadier than ns/op on a shared
// machine.
func BenchmarkHostile(b *testing.B) {
	x := newExtractor(b)
	for _, h := range hostileTexts() {
		for _, n := range []int{1000, 4000, 16000} {
			text := h.make(n)
			b.Run(fmt.Sprintf("%s/%dw", h.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				cpu := cputime.Process()
				for b.Loop() {
					x.Extract(extract.Input{Text: text, Published: "2022-02-01"})
				}
				b.ReportMetric(float64(cputime.Process()-cpu)/1e6/float64(b.N), "cpu-ms/op")
			})
		}
	}
}
