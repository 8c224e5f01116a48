package dates

// titledMonths returns text with each month name printed in capitals beside a figure
// ("MARCH 3, 2021", "11 JULY 2022") written as its title-case form ("March 3, 2021"), in
// place, so that byte offsets stay those of text. Headings, datelines and the heads of
// transcripts print the date in capitals, and the patterns read a month by its capital and
// lower-case letters. A capitalised word beside no figure is left: "MAY" in a headline is
// more often the verb. Text without such a word (nearly all) is returned as it is, after one
// pass over its bytes.
func titledMonths(text string) string {
	var b []byte
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && text[j] >= 'A' && text[j] <= 'Z' {
			j++
		}
		if j == i {
			i++
			continue
		}
		if j-i >= 3 && boundaryAt(text, i) && boundaryAt(text, j) && figureBeside(text, i, j) {
			if _, ok := MonthNumber(text[i:j]); ok {
				if b == nil {
					b = []byte(text)
				}
				for k := i + 1; k < j; k++ {
					b[k] += 'a' - 'A'
				}
			}
		}
		i = j
	}
	if b == nil {
		return text
	}
	return string(b)
}

// figureBeside reports a figure after the word text[i:j] (and an abbreviation's dot) and a
// space, or before it and a space: the day or year of a date.
func figureBeside(text string, i, j int) bool {
	if j < len(text) && text[j] == '.' {
		j++
	}
	if j+1 < len(text) && text[j] == ' ' && isDigit(text[j+1]) {
		return true
	}
	return i >= 2 && text[i-1] == ' ' && isDigit(text[i-2])
}
