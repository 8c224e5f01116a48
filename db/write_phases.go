package db

import "context"

// RecordPhases stores where an import's time went in its imports row.
func (w *WriteTx) RecordPhases(ctx context.Context, importID int64, p Phases) error {
	_, err := w.exec(ctx, sqlRecordPhases, p.Read, p.Clean, p.Extract, p.Write, p.Resolve, p.Index,
		p.Total, p.Wall, p.Serial(), p.FullText, importID)
	return wrapWrite("recording the import's phases", err)
}

const sqlRecordPhases = `UPDATE imports SET cpu_read = ?, cpu_clean = ?, cpu_extract = ?, cpu_write = ?,
	cpu_resolve = ?, cpu_index = ?, cpu_total = ?, wall_seconds = ?, cpu_serial = ?,
	cpu_fulltext = ? WHERE id = ?`
