package db_test

import (
	"fmt"
	"os"
	"testing"

	"hotline/db"
)

// testHeapLimit is the SQLite memory limit of this test process, as `hotline serve` sets
// one: the memory bombs must meet it before they meet the machine's RAM.
const testHeapLimit = 256 << 20

func TestMain(m *testing.M) {
	if err := db.LimitMemory(testHeapLimit); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}
