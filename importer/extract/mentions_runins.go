package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// runInEdges trims from a name run [i, j) what e-mails, forum posts and press releases
// run into a name without a comma: a greeting before it ("Thanks Dan", "Regards Jane
// Doe"), a sign-off or header word after it ("Jane Doe Sent", "Dan Please", "Jane Doe
// Tel"), and the first of a given name printed twice ("Dan Dan Doe", as a signature
// repeats the name that closed the message). None is a word of the name, and a run left
// empty is no name. A known actor's words are kept, and so is a doubled name after a
// credit's slash ("AP Photo/Nasser Nasser"): there it is the photographer's whole name,
// and a known name whose given name is doubled ("Boutros Boutros Ghali").
func (x *Extractor) runInEdges(s *scan, i, j int) (int, int) {
	for i < j && s.gaz.In(lexicon.Greeting, s.toks[i].Low) && !s.isKnown(i) {
		i++
	}
	for j > i && s.gaz.In(lexicon.SignOff, s.toks[j-1].Low) && !s.isKnown(j-1) {
		j--
	}
	for j-i >= 2 && s.toks[i].Text == s.toks[i+1].Text && x.firstName(s.toks[i].Text) && !s.isKnown(i) && (i == 0 || s.toks[i-1].Text != "/") && x.knownIndex(nameWords(s.toks, i, j)) < 0 {
		i++
	}
	return i, j
}

// pairedNames returns where a run [i, j) of four words splits into two names, each a
// known given name and a surname that is none ("Jane Doe Mark Roe"), as a list or a
// signature block prints two people without a comma; -1 if it does not. A particle or a
// known actor's word keeps the run whole ("Mohammed Shia Al Sudani").
func (x *Extractor) pairedNames(s *scan, i, j int) int {
	if j-i != 4 {
		return -1
	}
	for k := i; k < j; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || !t.Cap || initials(t.Text) || lexicon.IsParticle(t.Low) || s.isKnown(k) || x.gaz.IsTitleWord(t.Low) {
			return -1
		}
	}
	if x.firstName(s.toks[i].Text) && !x.firstName(s.toks[i+1].Text) && x.firstName(s.toks[i+2].Text) {
		return i + 2
	}
	return -1
}
