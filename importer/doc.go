// Package importer turns article files into rows of a Hotline database: it reads inputs
// (importer/source), strips page furniture (importer/clean), extracts actors, contacts and
// quotes (importer/extract), resolves them against what the database already holds, and
// writes everything through package db in one transaction per run.
package importer
