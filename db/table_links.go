package db

import (
	"regexp"
	"strings"
)

// linkSchema derives what needs every table at hand: which tables are shadow tables of a
// virtual table (hidden), which table an FTS index serves, the labels, and the foreign
// keys pointing into each table. links are the FTS indexes declared in metadata
// (readFTSLinks), by the table they index.
func linkSchema(s *Schema, links map[string]ftsLink) {
	shadow := map[string]bool{}
	for _, t := range s.Tables {
		if t.Module == "" {
			continue
		}
		for _, suffix := range []string{"data", "idx", "content", "docsize", "config", "segments",
			"segdir", "stat", "node", "parent", "rowid"} {
			shadow[strings.ToLower(t.Name+"_"+suffix)] = true
		}
	}
	for _, t := range s.Tables {
		t.Hidden = strings.HasPrefix(strings.ToLower(t.Name), "sqlite_") || shadow[strings.ToLower(t.Name)]
		t.Label = labelColumn(t)
		if strings.HasPrefix(t.Module, "fts") {
			linkFTS(s, t)
		}
	}
	for name, l := range links {
		linkDeclaredFTS(s, name, l)
	}
	for _, t := range s.Tables {
		for i := range t.ForeignKeys {
			fk := &t.ForeignKeys[i]
			target := s.Table(fk.RefTable)
			if target == nil {
				continue
			}
			fk.RefTable = target.Name
			if fk.RefColumn == "" && len(target.PrimaryKey) == 1 {
				fk.RefColumn = target.PrimaryKey[0]
			}
			target.Incoming = append(target.Incoming, *fk)
		}
	}
}

// labelColumn is the first column that names a row, if it holds text.
func labelColumn(t *Table) string {
	for _, name := range []string{"name", "title", "label", "display_name", "full_name"} {
		for _, c := range t.Columns {
			if strings.EqualFold(c.Name, name) && (affinity(c.Type) == affText || affinity(c.Type) == affBlob) {
				return c.Name
			}
		}
	}
	return ""
}

// virtualModule returns the module of a CREATE VIRTUAL TABLE statement ("fts5"), or "".
func virtualModule(create string) string {
	m := regexp.MustCompile(`(?is)^\s*CREATE\s+VIRTUAL\s+TABLE\s.*?\sUSING\s+([A-Za-z0-9_]+)`).FindStringSubmatch(create)
	if m == nil {
		return ""
	}
	return strings.ToLower(m[1])
}

// linkFTS points an external-content FTS index (content='X') at the table X it indexes,
// remembering which of X's columns the index's rowid is (content_rowid, default rowid).
func linkFTS(s *Schema, fts *Table) {
	content := ftsOption(fts.SQL, "content")
	target := s.Table(content)
	if content == "" || target == nil || target.View {
		return
	}
	target.FTS = fts.Name
	target.ftsKey = "rowid"
	if k := ftsOption(fts.SQL, "content_rowid"); k != "" {
		target.ftsKey = k
	}
}

// ftsOption returns the value of name=value among an FTS table's arguments, with its
// quotes ('x', "x", [x], `x`) removed.
func ftsOption(create, name string) string {
	re := regexp.MustCompile(`(?i)[(,]\s*` + name + "\\s*=\\s*(?:'((?:[^']|'')*)'|\"((?:[^\"]|\"\")*)\"|\\[([^\\]]*)\\]|`([^`]*)`|([^\\s,)]+))")
	m := re.FindStringSubmatch(create)
	if m == nil {
		return ""
	}
	for i, q := range []string{"'", `"`, "", "`", ""} {
		if v := m[i+1]; v != "" {
			if q != "" {
				v = strings.ReplaceAll(v, q+q, q)
			}
			return v
		}
	}
	return ""
}
