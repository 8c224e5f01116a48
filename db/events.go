package db

import (
	"context"
	"encoding/json"
	"fmt"
)

// Event is one contact as an event record in the style of PLOVER (the Political Language
// Ontology for Verifiable Event Records) and the POLECAT data built on it: an event type
// and mode, a source and a target actor with their countries, a date, and the story it
// was coded from. Hotline records no intensity or geocoding; what it knows beyond PLOVER
// (status, every participant, the evidence sentence) is kept in extra fields.
type Event struct {
	EventID     string `json:"event_id"`
	EventDate   string `json:"event_date"` // "2022-03-15", "2022-03" or "" when undated
	EventType   string `json:"event_type"` // PLOVER type: CONSULT, AGREE (to meet), REQUEST (a meeting)
	EventMode   string `json:"event_mode"` // PLOVER CONSULT mode: phone, meet, or "" when unknown
	QuadCode    string `json:"quad_code"`  // PLOVER quad: every contact is VERBAL COOPERATION
	ContactMode string `json:"contact_mode"`
	Status      string `json:"status"`
	// Source is the initiator when known, else the first participant by name; Targets are
	// the other participants (a meeting of three has two).
	SourceActor   string   `json:"source_actor"`
	SourceActorID int64    `json:"source_actor_id"`
	SourceCountry string   `json:"source_country"` // ISO 3166-1 alpha-2, "" when unknown
	SourceRole    string   `json:"source_role"`
	TargetActor   string   `json:"target_actor"`
	TargetActorID int64    `json:"target_actor_id"`
	TargetCountry string   `json:"target_country"`
	TargetRole    string   `json:"target_role"`
	Targets       []string `json:"targets"`
	Location      string   `json:"placename"`
	DateRaw       string   `json:"date_raw"`
	// The story: the first article that reported the contact, and its sentence.
	StoryID         int64  `json:"story_id"`
	StoryURL        string `json:"story_url"`
	StoryTitle      string `json:"story_title"`
	Publisher       string `json:"publisher"`
	PublicationDate string `json:"publication_date"`
	Sentence        string `json:"sentence"`
	Articles        int    `json:"articles"`
}

const sqlEvents = `SELECT c.id, coalesce(c.date, ''), coalesce(c.date_text, ''), c.mode, c.status, coalesce(c.location, ''),
       coalesce(c.initiator_id, 0),
       (SELECT json_group_array(json_array(id, name, country, role)) FROM
          (SELECT a.id AS id, a.name AS name, coalesce(a.country, '') AS country, coalesce(a.role, '') AS role
             FROM contact_participants p JOIN actors a ON a.id = p.actor_id
            WHERE p.contact_id = c.id ORDER BY a.name, a.id)),
       coalesce(ar.id, 0), coalesce(ar.url, ''), coalesce(ar.title, ''), coalesce(ar.publisher, ''), coalesce(ar.published, ''),
       coalesce(%s, ''),
       (SELECT count(*) FROM contact_mentions x WHERE x.contact_id = c.id)
  FROM contacts c
  LEFT JOIN contact_mentions m ON m.id = (SELECT m2.id FROM contact_mentions m2 JOIN articles a2 ON a2.id = m2.article_id
                                           WHERE m2.contact_id = c.id ORDER BY a2.published IS NULL, a2.published, m2.id LIMIT 1)
  LEFT JOIN articles ar ON ar.id = m.article_id
 WHERE c.id IN (%s)
 ORDER BY c.id`

// eventSentence is the SQL of the story's sentence in sqlEvents: from its offsets when the
// file has them (migrate_evidence_offsets.sql), else the stored copy.
func (r *Reader) eventSentence(ctx context.Context) string {
	s, err := r.Schema(ctx)
	if err != nil {
		return "m.sentence"
	}
	if t := s.Table("contact_mentions"); t != nil {
		if _, ok := t.column("sentence_start"); ok {
			return sentenceExpr("m.sentence", "ar.text", "m.sentence_start", "m.sentence_end")
		}
	}
	return "m.sentence"
}

// PLOVERTypes maps a contact's status to a PLOVER event type: a held (or cancelled)
// contact is a CONSULT, a scheduled one an AGREE (to meet), a proposed one a REQUEST.
func PLOVERType(status string) string {
	switch status {
	case "scheduled":
		return "AGREE"
	case "proposed":
		return "REQUEST"
	}
	return "CONSULT"
}

// PLOVERMode maps a contact's mode to PLOVER's CONSULT modes: calls (by phone or video)
// are "phone", meetings "meet"; an unspecified contact has no mode.
func PLOVERMode(mode string) string {
	switch mode {
	case "phone", "video":
		return "phone"
	case "meeting":
		return "meet"
	}
	return ""
}

// Events calls fn with one Event per contact that q selects, in id order.
func (r *Reader) Events(ctx context.Context, q TableQuery, fn func(Event) error) error {
	ctx, c, sel, done, err := r.selectContacts(ctx, q)
	if err != nil {
		return err
	}
	defer done()
	err = eachRow(ctx, c, fmt.Sprintf(sqlEvents, r.eventSentence(ctx), sel.sql), sel.args, func(row []any) error {
		e := Event{
			EventID: fmt.Sprintf("hotline-contact-%d", asInt(row[0])), EventDate: asText(row[1]), DateRaw: asText(row[2]),
			ContactMode: asText(row[3]), Status: asText(row[4]), Location: asText(row[5]), QuadCode: "VERBAL COOPERATION",
			StoryID: asInt(row[8]), StoryURL: asText(row[9]), StoryTitle: asText(row[10]), Publisher: asText(row[11]),
			PublicationDate: asText(row[12]), Sentence: asText(row[13]), Articles: int(asInt(row[14])), Targets: []string{},
		}
		e.EventType, e.EventMode = PLOVERType(e.Status), PLOVERMode(e.ContactMode)
		var parts [][4]any
		if err := json.Unmarshal([]byte(asText(row[7])), &parts); err != nil {
			return err
		}
		setEventActors(&e, asInt(row[6]), parts)
		return fn(e)
	})
	return sqlError(err, r.pictureTimeLimit())
}

// setEventActors makes the initiator (or the first participant) the source and the
// others the targets, the first of them the target proper.
func setEventActors(e *Event, initiator int64, parts [][4]any) {
	src := 0
	for i, p := range parts {
		if id, _ := p[0].(float64); int64(id) == initiator {
			src = i
		}
	}
	text := func(v any) string { s, _ := v.(string); return s }
	for i, p := range parts {
		id, _ := p[0].(float64)
		if i == src {
			e.SourceActorID, e.SourceActor, e.SourceCountry, e.SourceRole = int64(id), text(p[1]), text(p[2]), text(p[3])
			continue
		}
		if e.TargetActorID == 0 {
			e.TargetActorID, e.TargetActor, e.TargetCountry, e.TargetRole = int64(id), text(p[1]), text(p[2]), text(p[3])
		}
		e.Targets = append(e.Targets, text(p[1]))
	}
}
