package importer_test

import (
	"context"
	"os"
	"testing"

	"hotline/importer"
	"hotline/importer/source"
)

func TestZZProf(t *testing.T) {
	f := os.Getenv("ZZ_CORPUS")
	if f == "" {
		t.Skip()
	}
	s, _ := newStore(t)
	sum, err := importer.Run(context.Background(), s, []source.Input{{Path: f}}, importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(sum)
}
