// Package db owns the Hotline database: its schema and migrations, every SQL string the
// program runs, the write path the importer uses, and the read-only, sandboxed read path
// the web explorer uses. It imports no other Hotline package, so the rest of the program
// depends on it and never the other way round.
package db
