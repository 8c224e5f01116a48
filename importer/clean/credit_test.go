package clean

import "testing"

// TestNameCreditMaxWords checks that the longest name credit the pattern takes has
// nameCreditMaxWords words, and that it is taken.
func TestNameCreditMaxWords(t *testing.T) {
	name := "Ann Bea Cy DEE"
	longest := name + " , " + name + " , " + name + " , " + name
	if n := wordCount(longest); n != nameCreditMaxWords {
		t.Errorf("the longest name credit has %d words, nameCreditMaxWords is %d", n, nameCreditMaxWords)
	}
	p := newPatterns()
	if !p.nameCredit.MatchString(longest) {
		t.Errorf("the pattern does not take %q", longest)
	}
	if p.nameCredit.MatchString(longest + " , " + name) {
		t.Errorf("the pattern takes a fifth name: nameCreditMaxWords is too small")
	}
	if p.nameCredit.MatchString("Ann Bea Cy Dee EVE") {
		t.Errorf("the pattern takes a name of five words: nameCreditMaxWords is too small")
	}
}
