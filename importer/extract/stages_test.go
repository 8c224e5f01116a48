package extract_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// stageOrder is the pipeline, in order: a file named <stage>_*.go belongs to that stage.
// Files without a stage prefix (extract.go, result.go, build.go, explain*.go, sets.go)
// assemble the stages or serve them all and are not checked.
var stageOrder = []string{"text", "mentions", "actors", "quotes", "contacts"}

// subpackageImports says which packages of the extract tree each sub-package may import:
// tokens and trace stand alone, the lexicon tokenizes its phrases with tokens.
var subpackageImports = map[string][]string{
	"tokens":  nil,
	"trace":   nil,
	"lexicon": {"tokens"},
}

func stageOf(file string) int {
	for i, s := range stageOrder {
		if strings.HasPrefix(filepath.Base(file), s+"_") {
			return i
		}
	}
	return -1
}

// TestStagesUseOnlyEarlierStages checks the pipeline's direction: no stage uses a
// declaration (type, function, method, field, constant) of a later stage, and the
// sub-packages import only what subpackageImports allows. A failure names the use; move
// the declaration to the earliest stage that needs it.
func TestStagesUseOnlyEarlierStages(t *testing.T) {
	fset := token.NewFileSet()
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("hotline/importer/extract", fset, files, info)
	if err != nil {
		t.Fatalf("type-checking the package: %v", err)
	}
	var bad []string
	for id, obj := range info.Uses {
		if obj.Pkg() != pkg || !obj.Pos().IsValid() {
			continue
		}
		from, to := fset.Position(id.Pos()), fset.Position(obj.Pos())
		fs, ts := stageOf(from.Filename), stageOf(to.Filename)
		if fs >= 0 && ts > fs {
			bad = append(bad, fmt.Sprintf("%s (stage %s) uses %s of %s (stage %s)", from, stageOrder[fs], obj.Name(), filepath.Base(to.Filename), stageOrder[ts]))
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Error(b)
	}

	for sub, allowed := range subpackageImports {
		ok := map[string]bool{}
		for _, a := range allowed {
			ok["hotline/importer/extract/"+a] = true
		}
		subs, err := filepath.Glob(filepath.Join(sub, "*.go"))
		if err != nil || len(subs) == 0 {
			t.Errorf("sub-package %s: no Go files (%v)", sub, err)
			continue
		}
		for _, p := range subs {
			if strings.HasSuffix(p, "_test.go") {
				continue // an external test imports the package it tests; tests are no stage
			}
			f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, im := range f.Imports {
				path, _ := strconv.Unquote(im.Path.Value)
				if (path == "hotline/importer/extract" || strings.HasPrefix(path, "hotline/importer/extract/")) && !ok[path] {
					t.Errorf("%s imports %s: sub-package %s may import only %v", p, path, sub, allowed)
				}
			}
		}
	}
	if _, err := os.Stat("doc.go"); err != nil {
		t.Error(err)
	}
}
