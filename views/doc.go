// Package views is Hotline's web explorer: the HTTP routes (all in routes.go), one handler
// per file, and the single adapter (errors.go) that turns handler errors into status pages
// or JSON errors. Handlers read through package db and render components from views/page,
// which know nothing of SQL or HTTP.
//
// Decisions a user of the URLs should know:
//
//   - Table names and key values in paths are tilde-encoded as in Datasette (tilde.go);
//     composite keys are comma-joined: /hotline/contact_participants/5,12.
//   - A canned query with the same name as a table wins, as in Datasette.
//   - Errors: invalid input and timeouts are 400, unknown things 404, refused SQL and
//     disabled features 403, internal errors 500 with a generic message (logged in full).
//   - JSON follows Datasette's _shape=objects|arrays|array|object; CSV is RFC 4180 with a
//     header row; _stream=on sends every row of a table, a batch at a time.
package views
