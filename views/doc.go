// Package views is Hotline's web explorer: the HTTP routes (all in Routes), one handler per
// file, and the single adapter that turns handler errors into status pages. Handlers read
// through package db and render components from views/page, which know nothing of SQL or
// HTTP.
package views
