package clean

import "strings"

// commentReach is how far above a thread's first comment its heading may stand: the
// comment form ("Leave a Reply", "Name *", "Email *") often sits between them.
const commentReach = 10

// commentsMin is the fewest comments that make a thread: one name over one time stamp
// is as likely a live blog's entry or a dated note.
const commentsMin = 2

// dropComments removes the readers' comments under a story and the page after them: each
// comment is its writer's name ("Ann Lee says:") over a time stamp ("August 15, 2020 at
// 9:35 am"), and the people comments name are no actors of the story. A live blog's
// entries have the same shape, so the thread must also show a comment's marks: a writer
// who "says:", a "Reply" button, or a comment heading ("20 thoughts on ...") above it.
// It runs before the line rules, which take the time stamps out one by one.
func (c *Cleaner) dropComments(d *document) {
	live := d.live()
	first, comments, marked := -1, 0, false
	for n := 1; n < len(live); n++ {
		name, stamp := d.paras[live[n-1]].text, d.paras[live[n]].text
		if !c.p.commentStamp.MatchString(stamp) || !wordsAtMost(name, commenterMaxWords) || !c.p.commenter.MatchString(name) {
			continue
		}
		if first < 0 {
			first = n - 1
		}
		comments++
		marked = marked || strings.HasSuffix(name, ":")
	}
	if comments < commentsMin || first < 1 {
		return
	}
	from := first
	for n := first - 1; n >= max(1, first-commentReach); n-- {
		if wordsAtMost(d.paras[live[n]].text, commentHeadMaxWords) && c.p.commentHead.MatchString(d.paras[live[n]].text) {
			from, marked = n, true
		}
	}
	for _, i := range live[first:] {
		marked = marked || c.p.commentLabels[strings.ToLower(d.paras[i].text)]
	}
	if !marked {
		return
	}
	for _, i := range live[from:] {
		d.remove(i, RuleComment)
	}
}

// commenterMaxWords bounds the line that names a comment's writer: "Ann Lee says:".
const commenterMaxWords = 6

// commentHeadMaxWords bounds a comment heading; "20 thoughts on" carries the title.
const commentHeadMaxWords = 30
