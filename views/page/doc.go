// Package page holds the explorer's templ components. They are pure: a view-model struct in,
// HTML out. They know nothing of SQL or HTTP, so every URL they show is built by package
// views and passed in, and templ escapes every value they print.
//
// Elements that tests (and the browser test) select carry a data-testid:
//
//	layout:   page-title, breadcrumbs, footer
//	index:    db-link, table-list, table-link-<table>, table-count-<table>, query-list,
//	          query-link-<query>, download-link
//	database: table-list, hidden-tables, view-list, query-list, table-link-<table>,
//	          query-link-<query>, sql-form, sql-editor, sql-submit
//	table:    table-description, row-count, search-form, search-input, search-submit,
//	          filter-form, filter-column, filter-op, filter-value, filter-submit,
//	          active-filters, filter-remove-<column>, facets, facet-<column>,
//	          facet-timeout-<column>, facet-value, results-table, sort-<column>,
//	          next-page, export-json, export-csv, export-csv-stream
//	grid:     results-table, sort-<column> (table pages), row-link, fk-link, cell
//	row:      row-fields, field-<column>, related, related-link-<table>-<column>,
//	          article-text, evidence-mark, evidence-list, evidence-item, export-json
//	query:    sql-form, sql-editor, sql-submit, query-param-<name>, query-title,
//	          query-description, query-error, truncated-notice, row-count, took,
//	          results-table, export-json, export-csv
//	error:    error-status, error-message
package page
