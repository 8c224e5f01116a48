package importer

import "slices"

// reportSet is a contact's reports as the merge rules see them: distinct report facts
// (the reporting article left out) with how many articles gave each. The rules compare a
// new report with the distinct facts only, so a contact that thousands of articles report
// in the same words costs a merge as much as one reported a few times; the merged facts
// are kept until a report comes or goes.
type reportSet struct {
	distinct []report // ArticleID 0, in the order first reported
	counts   []int
	n        int    // reports in all
	last     int64  // the article that reported last: an article never merges with itself
	merged   *facts // summarize's answer while no report comes or goes; only for sets of several
}

func (s *reportSet) add(r report) {
	s.last = r.ArticleID
	r.ArticleID = 0
	s.n++
	s.merged = nil
	if i := slices.Index(s.distinct, r); i >= 0 {
		s.counts[i]++
		return
	}
	s.distinct = append(s.distinct, r)
	s.counts = append(s.counts, 1)
}

// absorb adds every report of o, as when o's contact merges into s's.
func (s *reportSet) absorb(o *reportSet) {
	for i, r := range o.distinct {
		if j := slices.Index(s.distinct, r); j >= 0 {
			s.counts[j] += o.counts[i]
		} else {
			s.distinct = append(s.distinct, r)
			s.counts = append(s.counts, o.counts[i])
		}
	}
	s.n += o.n
	s.merged = nil
}

// remove takes back one report of article r.ArticleID.
func (s *reportSet) remove(r report) {
	if s.last == r.ArticleID {
		s.last = 0
	}
	r.ArticleID = 0
	i := slices.Index(s.distinct, r)
	if i < 0 {
		return
	}
	s.n--
	s.merged = nil
	if s.counts[i]--; s.counts[i] == 0 {
		s.distinct = slices.Delete(s.distinct, i, i+1)
		s.counts = slices.Delete(s.counts, i, i+1)
	}
}

// facts are the merged facts of every report (summarize over the distinct ones is the
// same: equal reports sort together and add nothing).
func (s *reportSet) facts() facts {
	if s.merged != nil {
		return *s.merged
	}
	f := summarize(s.distinct)
	if len(s.distinct) > 1 { // one report is summarized at no cost: nothing is kept for it
		s.merged = &f
	}
	return f
}
