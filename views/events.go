package views

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"hotline/db"
)

// eventColumns are the CSV columns of an event record, in PLOVER's order (event, then
// source and target actors, then the story), followed by what Hotline adds.
func eventColumns() []string {
	return []string{"event_id", "event_date", "event_type", "event_mode", "quad_code",
		"source_actor", "source_actor_id", "source_country", "source_role",
		"target_actor", "target_actor_id", "target_country", "target_role", "targets",
		"placename", "story_id", "story_url", "story_title", "publisher", "publication_date", "sentence",
		"contact_mode", "status", "date_raw", "articles"}
}

// events answers /NAME/-/events.jsonl and .csv: one PLOVER-style event record per contact
// the filters select (those of the contacts table by default; _table=contact_partners
// for country filters). Records stream out as they are read.
func (s *Server) events(format string) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if err := s.checkDB(r); err != nil {
			return err
		}
		q, _, _, err := s.pictureQuery(r, "contacts")
		if err != nil {
			return err
		}
		h := w.Header()
		if format == "csv" {
			h.Set("Content-Type", "text/csv; charset=utf-8")
			h.Set("Content-Disposition", `attachment; filename="events.csv"`)
			cw := csv.NewWriter(w)
			started := false
			err := s.reader.Events(r.Context(), q, func(e db.Event) error {
				if !started {
					started = true
					if err := cw.Write(eventColumns()); err != nil {
						return err
					}
				}
				return cw.Write(eventRecord(e))
			})
			if err != nil {
				return err
			}
			if !started {
				cw.Write(eventColumns())
			}
			cw.Flush()
			return cw.Error()
		}
		h.Set("Content-Type", "application/x-ndjson; charset=utf-8")
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return s.reader.Events(r.Context(), q, func(e db.Event) error { return enc.Encode(e) })
	}
}

// eventRecord is an event as a CSV row in eventColumns' order.
func eventRecord(e db.Event) []string {
	id := func(n int64) string {
		if n == 0 {
			return ""
		}
		return strconv.FormatInt(n, 10)
	}
	return []string{e.EventID, e.EventDate, e.EventType, e.EventMode, e.QuadCode,
		e.SourceActor, id(e.SourceActorID), e.SourceCountry, e.SourceRole,
		e.TargetActor, id(e.TargetActorID), e.TargetCountry, e.TargetRole, strings.Join(e.Targets, "; "),
		e.Location, id(e.StoryID), e.StoryURL, e.StoryTitle, e.Publisher, e.PublicationDate, e.Sentence,
		e.ContactMode, e.Status, e.DateRaw, strconv.Itoa(e.Articles)}
}
