package importer

import (
	"context"
	"slices"
	"strings"
	"time"

	"hotline/db"
	"hotline/importer/extract"
)

// writeContact stores one article's report of a contact: merged into the contact other
// articles reported, or as a new contact, with a contact_mentions row that keeps the
// status, mode and date as this article gave them. bystanders are the persons the article
// names outside its other contacts (contactIndex.best).
func (r *run) writeContact(ctx context.Context, art db.ArticleRow, p contactPrep, ids []int64, x extract.Contact, bystanders []int64) error {
	participants := actorIDs(ids, x.Participants)
	if len(participants) < 2 {
		return nil // the extracted participants resolved to fewer than two actors
	}
	rep := p.rep
	rep.ArticleID, rep.Day, rep.Publisher = art.ID, first(art.StoryDay, art.Published), art.Publisher
	initiator := int64(0)
	if x.Initiator >= 0 && x.Initiator < len(ids) {
		initiator = ids[x.Initiator]
	}
	started := time.Now()
	c, others, err := r.contacts.best(ctx, participants, rep, bystanders)
	r.resolved += time.Since(started)
	if err != nil {
		return err
	}
	if c == nil {
		f := summarize([]report{rep})
		c = &knownContact{ContactRow: db.ContactRow{Mode: f.Mode, Status: f.Status, Date: f.Date,
			DateText: f.DateText, InitiatorID: initiator, Location: strings.TrimSpace(x.Location),
			DurationMinutes: max(x.DurationMinutes, 0), FirstReported: f.FirstReported,
			LastReported: f.LastReported, Participants: participants}}
		id, err := r.tx.AddContact(ctx, c.ContactRow)
		if err != nil {
			return err
		}
		c.ID = id
		for _, p := range participants {
			if err := r.tx.AddParticipant(ctx, id, p); err != nil {
				return err
			}
		}
		if err := r.contacts.add(ctx, c); err != nil {
			return err
		}
		if err := r.contacts.report(ctx, c, rep, false); err != nil {
			return err
		}
		r.sum.Contacts.New++
	} else {
		if c.reports.n == 0 { // a shell: its old facts went with the replaced article
			c.InitiatorID, c.Location, c.DurationMinutes = 0, "", 0
		}
		if c.InitiatorID == 0 && initiator != 0 {
			c.InitiatorID = initiator
		}
		if c.Location == "" {
			c.Location = strings.TrimSpace(x.Location)
		}
		if c.DurationMinutes == 0 && x.DurationMinutes > 0 {
			c.DurationMinutes = x.DurationMinutes
		}
		for _, o := range others {
			created, err := r.contacts.absorb(ctx, c, o)
			if err != nil {
				return err
			}
			if created {
				r.sum.Contacts.New--
			}
		}
		if err := r.joinParticipants(ctx, c, participants); err != nil {
			return err
		}
		if err := r.contacts.report(ctx, c, rep, true); err != nil {
			return err
		}
	}
	return r.tx.InsertContactMention(ctx, db.ContactMentionRow{ContactID: c.ID, ArticleID: art.ID,
		Status: rep.Status, Mode: rep.Mode, Date: rep.Date, DateText: rep.DateText,
		Sentence: x.Evidence.Sentence, Span: p.span, SentenceSpan: p.sentence,
		Rule: first(x.Evidence.Rule, "unknown")})
}

// contactReport is an extracted contact's report as the contact index files it, but for
// the article's id and day.
func contactReport(x extract.Contact) report {
	rep := report{Mode: contactMode(string(x.Mode)), Status: contactStatus(string(x.Status)),
		Date: contactDate(x.Date), DateText: strings.TrimSpace(x.DateText)}
	rep.Talks = talksOnly(rep.Mode, first(x.Evidence.Rule, "unknown"))
	rep.Sidelines = extract.OnSidelines(x.Evidence.Rule)
	rep.Told = sentencePrint(x.Evidence.Sentence)
	if rep.Date == "" && rep.DateText == "" {
		rep.DateText = strings.TrimSpace(x.Date) // an unreadable date still says something
	}
	return rep
}

// joinParticipants adds to a multilateral contact the participants another article's
// report of it names and it lacks (the merged meeting is everyone either names).
func (r *run) joinParticipants(ctx context.Context, c *knownContact, participants []int64) error {
	all := union(c.Participants, participants)
	if len(all) == len(c.Participants) {
		return nil
	}
	for _, p := range all {
		if !slices.Contains(c.Participants, p) {
			if err := r.tx.AddParticipant(ctx, c.ID, p); err != nil {
				return err
			}
		}
	}
	c.Participants = all // report() refiles c under its new set
	return nil
}

// writeQuote stores one quotation with its speaker (nil when unattributed).
func (r *run) writeQuote(ctx context.Context, articleID int64, ev evidence, ids []int64, q extract.Quote) error {
	if strings.TrimSpace(q.Text) == "" {
		return nil
	}
	speaker := int64(0)
	if q.Speaker >= 0 && q.Speaker < len(ids) {
		speaker = ids[q.Speaker]
	}
	err := r.tx.AddQuote(ctx, db.QuoteRow{ArticleID: articleID, SpeakerID: speaker, Text: q.Text,
		SpeakerText: strings.TrimSpace(q.SpeakerText), Sentence: q.Evidence.Sentence,
		SentenceSpan: ev.sentence, Span: ev.span, Rule: first(q.Evidence.Rule, "unknown")})
	if err == nil {
		r.sum.Quotes.New++
	}
	return err
}

// actorIDs maps extractor actor indexes to distinct database ids, sorted, dropping actors
// without one.
func actorIDs(ids []int64, indexes []int) []int64 {
	var out []int64
	for _, i := range indexes {
		if i >= 0 && i < len(ids) && ids[i] != 0 && !slices.Contains(out, ids[i]) {
			out = append(out, ids[i])
		}
	}
	slices.Sort(out)
	return out
}

func contactMode(m string) string {
	switch m = strings.ToLower(strings.TrimSpace(m)); m {
	case "phone", "video", "meeting":
		return m
	}
	return "unspecified"
}

func contactStatus(s string) string {
	switch s = strings.ToLower(strings.TrimSpace(s)); s {
	case "scheduled", "proposed", "cancelled":
		return s
	case "canceled":
		return "cancelled"
	}
	return "held"
}

// contactDate keeps a YYYY-MM-DD or YYYY-MM date, "" for anything else.
func contactDate(d string) string {
	d = strings.TrimSpace(d)
	if validDay(d) != "" {
		return d
	}
	if _, err := time.Parse("2006-01", d); err == nil && len(d) == 7 {
		return d
	}
	return ""
}
