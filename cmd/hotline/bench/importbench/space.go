package main

import (
	"database/sql"
	"fmt"
	"strings"

	_ "modernc.org/sqlite" // dbstat over the imported file
)

// space says what takes the room in an imported database: the largest tables and indexes
// by pages (dbstat), as a share of the file.
func space(path string) (string, error) {
	d, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return "", err
	}
	defer d.Close()
	rows, err := d.Query(`SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8`)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var total int64
	if err := d.QueryRow(`SELECT sum(pgsize) FROM dbstat`).Scan(&total); err != nil {
		return "", err
	}
	var parts []string
	for rows.Next() {
		var name string
		var size int64
		if err := rows.Scan(&name, &size); err != nil {
			return "", err
		}
		parts = append(parts, fmt.Sprintf("%s %.0f%%", name, 100*float64(size)/float64(max(total, 1))))
	}
	return "space: " + strings.Join(parts, ", ") + "\n", rows.Err()
}
