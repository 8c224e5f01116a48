package db

import (
	"context"
	"database/sql"
	_ "embed" // the schema steps are embedded SQL files
	"fmt"
)

//go:embed schema_v1.sql
var schemaV1 string

//go:embed migrate_import_phases.sql
var migrateImportPhases string

//go:embed migrate_explore_views.sql
var migrateExploreViews string

//go:embed migrate_metadata.sql
var migrateMetadata string

//go:embed migrate_fts_porter.sql
var migrateFTSPorter string

//go:embed migrate_import_root.sql
var migrateImportRoot string

//go:embed migrate_evidence_offsets.sql
var migrateEvidenceOffsets string

//go:embed migrate_import_serial.sql
var migrateImportSerial string

//go:embed migrate_compact.sql
var migrateCompact string

//go:embed migrate_import_fulltext.sql
var migrateImportFullText string

//go:embed migrate_actors_fts.sql
var migrateActorsFTS string

//go:embed migrate_story_day.sql
var migrateStoryDay string

//go:embed migrate_actors_fts_aliases.sql
var migrateActorsFTSAliases string

//go:embed migrate_timeline_index.sql
var migrateTimelineIndex string

//go:embed migrate_contacts_fts.sql
var migrateContactsFTS string

// migrations returns the schema steps in order: step i upgrades a database from
// user_version i to i+1. New versions append a step; a step is never edited once released,
// because databases in the wild were made by it.
func migrations() []string {
	return []string{schemaV1, migrateImportPhases, migrateExploreViews, migrateMetadata, migrateFTSPorter, migrateImportRoot,
		migrateEvidenceOffsets, migrateImportSerial, migrateCompact, migrateImportFullText,
		migrateActorsFTS, migrateStoryDay, migrateActorsFTSAliases, migrateTimelineIndex,
		migrateContactsFTS}
}

// SchemaVersion is the schema version this program writes (PRAGMA user_version).
func SchemaVersion() int { return len(migrations()) }

// migrate brings the database behind tx up to SchemaVersion. It refuses a database written
// by a newer program (its tables may mean things this one does not know) and a file that
// holds somebody else's tables.
func migrate(ctx context.Context, tx *sql.Tx, name string) error {
	var version int
	if err := tx.QueryRowContext(ctx, sqlUserVersion).Scan(&version); err != nil {
		return notADatabase(name, err)
	}
	latest := SchemaVersion()
	if version > latest {
		return Errorf(ECONFLICT, "%s was written by a newer Hotline (schema %d, this is %d): upgrade Hotline",
			name, version, latest)
	}
	if err := checkMetaVersion(ctx, tx, name, version); err != nil {
		return err
	}
	if version == 0 {
		var tables int
		if err := tx.QueryRowContext(ctx, sqlCountUserTables).Scan(&tables); err != nil {
			return notADatabase(name, err)
		}
		if tables > 0 {
			return Errorf(ECONFLICT, "%s already holds tables that are not Hotline's: choose another file", name)
		}
	}
	for v := version; v < latest; v++ {
		if _, err := tx.ExecContext(ctx, migrations()[v]); err != nil {
			return &Error{Code: EINTERNAL, Message: fmt.Sprintf("%s: upgrading the schema to version %d", name, v+1), Err: err}
		}
	}
	if version == latest {
		return nil
	}
	// PRAGMA takes no parameters; latest is our own integer.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", latest)); err != nil {
		return &Error{Code: EINTERNAL, Message: "setting the schema version", Err: err}
	}
	_, err := tx.ExecContext(ctx, sqlSetMeta, "schema_version", fmt.Sprint(latest))
	if err != nil {
		return &Error{Code: EINTERNAL, Message: "recording the schema version", Err: err}
	}
	return nil
}

// checkMetaVersion makes PRAGMA user_version the one source of truth for the schema
// version: meta.schema_version is only its copy for people reading the table, written with
// it by every migration. When an edit by hand made them disagree, which one is true
// cannot be known, and migrating on a guess could damage the file, so the file is refused
// with the two values and how to settle them.
func checkMetaVersion(ctx context.Context, tx *sql.Tx, name string, version int) error {
	var meta sql.NullString
	err := tx.QueryRowContext(ctx, sqlMetaSchemaVersion).Scan(&meta)
	if err != nil || !meta.Valid {
		return nil // no meta table (a new or foreign file), or no copy of the version in it
	}
	if meta.String == fmt.Sprint(version) {
		return nil
	}
	return Errorf(ECONFLICT, "%s: PRAGMA user_version is %d but meta.schema_version is %q; one of them was "+
		"edited by hand. Hotline trusts user_version: set meta.schema_version to %d if the file is at that "+
		"schema, or PRAGMA user_version to the schema the file is really at", name, version, meta.String, version)
}

// sqlMetaSchemaVersion reads the copy of the schema version kept in meta. The table-valued
// pragma makes a missing meta table an empty result rather than an error.
const sqlMetaSchemaVersion = `SELECT (SELECT value FROM meta WHERE key = 'schema_version')
	WHERE EXISTS (SELECT 1 FROM pragma_table_info('meta') WHERE name = 'value')`

// notADatabase explains the usual reason the first read of a file fails.
func notADatabase(name string, err error) error {
	return &Error{Code: ECONFLICT, Message: fmt.Sprintf("%s is not a SQLite database Hotline can use: %v", name, err), Err: err}
}
