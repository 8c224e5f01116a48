package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"hotline/db"
)

func newQueryCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query [FILE] SQL",
		Short: "Run read-only SQL on a database and print the rows",
		Long: `Query runs one read-only statement on FILE (default: the db setting, hotline.db) in the
sandbox the explorer's SQL page uses: SELECT, WITH, VALUES, EXPLAIN or PRAGMA only, under
sql_time_limit_ms and at most max_returned_rows rows (a note on stderr says when more were
left out), with the explorer's SQL functions. :name parameters are bound from --param.
The rows print as an aligned table, or as CSV, a JSON array of objects or JSON Lines for
scripts, as sqlite-utils query and the explorer's .csv and .json pages do.`,
		Example: `  hotline query "SELECT mode, count(*) FROM contacts GROUP BY mode"
  hotline query news.db "SELECT name FROM actors WHERE country = :c" -p c=RU --format csv
  hotline query news.db "SELECT * FROM contact_timeline" --format jsonl | jq .title`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if len(args) == 2 {
				cfg.DB = args[0]
			}
			format, _ := cmd.Flags().GetString("format")
			write, ok := rowWriters()[format]
			if !ok {
				return fmt.Errorf("--format must be table, csv, json or jsonl, not %q", format)
			}
			pairs, _ := cmd.Flags().GetStringArray("param")
			params, err := queryParams(pairs)
			if err != nil {
				return err
			}
			r, err := db.OpenReader(cmd.Context(), cfg.DB, cfg.serveOptions())
			if err != nil {
				return err
			}
			defer r.Close()
			res, err := r.Query(cmd.Context(), args[len(args)-1], params)
			if err != nil {
				return err
			}
			if err := write(cmd.OutOrStdout(), res); err != nil {
				return err
			}
			if res.Truncated {
				fmt.Fprintf(cmd.ErrOrStderr(), "hotline: only the first %d rows were printed (max_returned_rows)\n", len(res.Rows))
			}
			return nil
		},
	}
	cmd.Flags().StringArrayP("param", "p", nil, "a :name parameter as NAME=VALUE (repeat for more)")
	cmd.Flags().String("format", "table", "table, csv, json (an array of objects) or jsonl (one object a line)")
	return cmd
}

// queryParams reads NAME=VALUE pairs; a name may be written with its colon.
func queryParams(pairs []string) (map[string]string, error) {
	params := map[string]string{}
	for _, p := range pairs {
		name, value, ok := strings.Cut(p, "=")
		name = strings.TrimPrefix(strings.TrimSpace(name), ":")
		if !ok || name == "" {
			return nil, fmt.Errorf("--param %q: write it as NAME=VALUE", p)
		}
		params[name] = value
	}
	return params, nil
}

// rowWriters print a result in each --format.
func rowWriters() map[string]func(io.Writer, *db.Result) error {
	return map[string]func(io.Writer, *db.Result) error{
		"table": writeTable, "csv": writeCSV,
		"json":  func(w io.Writer, res *db.Result) error { return writeJSON(w, res, false) },
		"jsonl": func(w io.Writer, res *db.Result) error { return writeJSON(w, res, true) },
	}
}

// writeTable aligns the columns as the sqlite3 shell's -column mode does; NULL prints
// empty, a blob as its size.
func writeTable(w io.Writer, res *db.Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(res.Columns, "\t"))
	rule := make([]string, len(res.Columns))
	for i, c := range res.Columns {
		rule[i] = strings.Repeat("-", max(len(c), 1))
	}
	fmt.Fprintln(tw, strings.Join(rule, "\t"))
	for _, row := range res.Rows {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(textOf(v))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// writeCSV prints a header row and the rows; NULL is an empty field.
func writeCSV(w io.Writer, res *db.Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(res.Columns); err != nil {
		return err
	}
	for _, row := range res.Rows {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = textOf(v)
		}
		if err := cw.Write(cells); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeJSON prints each row as an object with the columns in their order: an array, or
// one object a line (lines), each value as the explorer's JSON writes it
// (db.AppendJSONValue: a blob is {"$base64": true, "encoded": ...}, as in Datasette).
func writeJSON(w io.Writer, res *db.Result, lines bool) error {
	var b []byte
	if !lines {
		b = append(b, '[')
	}
	for n, row := range res.Rows {
		switch {
		case lines:
		case n > 0:
			b = append(b, ",\n  "...)
		default:
			b = append(b, "\n  "...)
		}
		b = append(b, '{')
		for i, v := range row {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = db.AppendJSONValue(b, res.Columns[i])
			b = append(b, ": "...)
			b = db.AppendJSONValue(b, v)
		}
		b = append(b, '}')
		if lines {
			b = append(b, '\n')
		}
	}
	if !lines {
		if len(res.Rows) > 0 {
			b = append(b, '\n')
		}
		b = append(b, "]\n"...)
	}
	_, err := w.Write(b)
	return err
}

// textOf is a value as text: NULL empty, numbers in full, a blob as its size.
func textOf(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case []byte:
		return "<Binary: " + strconv.Itoa(len(x)) + " bytes>"
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return fmt.Sprint(v)
}
