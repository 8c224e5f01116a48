package importer

// The merge rules are pure functions over unexported types; these aliases let the
// external tests in importer_test exercise them directly.

// Report is report, for tests.
type Report = report

// Agreement is agreement, for tests.
func Agreement(have []Report, r Report) (int, bool) { return agreement(have, r) }

// Summarize returns summarize's mode, status, date and date text, for tests.
func Summarize(reports []Report) (mode, status, date, dateText string) {
	f := summarize(reports)
	return f.Mode, f.Status, f.Date, f.DateText
}

// SavedContact is savedContact, for tests.
type SavedContact = savedContact

// MarshalState is marshalState, for tests.
func MarshalState(s SavedContact) ([]byte, error) { return marshalState(s) }

// UnmarshalState is unmarshalState, for tests.
func UnmarshalState(b []byte) (SavedContact, error) { return unmarshalState(b) }
