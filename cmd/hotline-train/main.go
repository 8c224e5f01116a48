// Command hotline-train trains the tagger and dependency parser of importer/parse from
// the Universal Dependencies treebanks and writes the model file the package embeds:
//
//	nice go run ./cmd/hotline-train -ud ../shared/ud -out importer/parse/model.bin
//
// The training itself lives in importer/parse (parse.Train); this command only reads
// flags. The same flags give the same file, byte for byte.
package main

import (
	"flag"
	"fmt"
	"os"

	"hotline/importer/parse"
)

func main() {
	ud := flag.String("ud", "../shared/ud", "directory holding the CoNLL-U treebanks")
	out := flag.String("out", "importer/parse/model.bin", "model file to write")
	def := parse.DefaultTrainConfig("")
	tagIters := flag.Int("tag-iters", def.TagIters, "tagger passes")
	parseIters := flag.Int("parse-iters", def.ParseIters, "parser passes")
	folds := flag.Int("folds", def.Folds, "jackknife folds for the parser's training tags")
	sweep := flag.Bool("sweep", false, "report dev accuracy at every pruning level")
	flag.Parse()
	cfg := parse.DefaultTrainConfig(*ud)
	cfg.TagIters, cfg.ParseIters, cfg.Folds = *tagIters, *parseIters, *folds
	cfg.Sweep = *sweep
	cfg.Log = os.Stderr
	model, err := parse.Train(cfg)
	if err == nil {
		err = os.WriteFile(*out, model, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "hotline-train:", err)
		os.Exit(1)
	}
}
