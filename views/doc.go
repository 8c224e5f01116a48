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
//   - _through={"table":"contact_participants","column":"actor_id","value":"5"} keeps the
//     rows a link table connects to a value, as in Datasette (through.go); row pages
//     follow link tables (two foreign keys) to their far side and link there, with the
//     first rows of every related table inline (related.go).
//   - Table pages link to the query page with their SQL ("View and edit SQL"), text
//     values as :p0, :p1 ... parameters, when ad hoc SQL is allowed (tablesql.go).
//   - JSON follows Datasette's _shape=objects|arrays|array|arrayfirst|object; CSV is RFC 4180 with a
//     header row; _stream=on sends every row of a table, a batch at a time.
package views
