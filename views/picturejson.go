package views

import (
	"encoding/json"
	"net/http"
)

// writeJSON writes the data behind a picture as one JSON document; it is encoded before
// anything is written, so an encoding error is still a clean error page.
func writeJSON(w http.ResponseWriter, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	_, err = w.Write(append(data, '\n'))
	return err
}
