package db_test

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	_ "modernc.org/sqlite"

	"hotline/db"
)

// sandboxExprs are calls of the functions the sandbox replaces with linear Go versions;
// each must answer exactly what SQLite's built-in answers.
var sandboxExprs = []string{
	`instr('hello', 'l')`, `instr('hello', 'z')`, `instr('héllo', 'l')`, `instr('', '')`, `instr('a', '')`,
	`instr(NULL, 'a')`, `instr('a', NULL)`, `instr(12345, 34)`, `instr(x'00010203', x'0203')`, `instr('ab', x'62')`,
	`instr(1.5, '.')`, `instr('日本語', '語')`,
	`replace('hello', 'l', 'L')`, `replace('hello', '', 'x')`, `replace('aaa', 'a', 'bb')`, `replace(NULL, 'a', 'b')`,
	`replace('a', 'a', NULL)`, `replace(123, 2, 9)`, `replace('ééé', 'é', 'e')`, `replace(2.5, '.', ',')`,
	`trim('xxhixx', 'x')`, `ltrim('xxhixx', 'x')`, `rtrim('xxhixx', 'x')`, `trim('abchicba', 'abc')`,
	`trim('hi', '')`, `trim(NULL, 'x')`, `trim('x', NULL)`, `trim('ééhié', 'é')`, `trim(12321, 1)`, `trim('  hi  ')`,
	`'hello' LIKE 'h%'`, `'hello' LIKE 'H_LLO'`, `'hello' LIKE '%ll%'`, `'hello' LIKE '%z%'`, `'hello' LIKE ''`,
	`'' LIKE '%'`, `'' LIKE '_'`, `'abc' LIKE 'a%c%'`, `'abc' LIKE '%%%'`, `'ÉCOLE' LIKE 'école'`, `'école' LIKE '_cole'`,
	`'a%b' LIKE 'a\%b' ESCAPE '\'`, `'axb' LIKE 'a\%b' ESCAPE '\'`, `'a_b' LIKE 'a\_b' ESCAPE '\'`, `'ab' LIKE 'a\' ESCAPE '\'`,
	`'abc' NOT LIKE 'a%'`, `NULL LIKE 'a'`, `'a' LIKE NULL`, `123 LIKE '1%'`, `x'61' LIKE 'a'`, `'a' LIKE x'61'`,
	`'mississippi' LIKE '%iss%ppi'`, `'mississippi' LIKE 'm%s%s%pi'`, `'mississippi' LIKE '%issi%issi%'`,
	`like('a%', 'abc')`, `like('a!%', 'a%', '!')`,
	`'hello' GLOB 'h*'`, `'hello' GLOB 'H*'`, `'hello' GLOB 'h?llo'`, `'hello' GLOB '*[lL]o'`, `'hello' GLOB '*[^l]o'`,
	`'a]' GLOB 'a[]]'`, `'a-' GLOB 'a[a-]'`, `'ab' GLOB 'a[a-c]'`, `'ad' GLOB 'a[a-c]'`, `'a' GLOB 'a['`, `'' GLOB '*'`,
	`'x' GLOB '[^]x]'`, `'y' GLOB '[^]x]'`, `NULL GLOB '*'`, `'日本' GLOB '日?'`, `glob('*b', 'aab')`,
}

func TestSandboxFunctionsMatchSQLite(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	plain, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	for _, expr := range sandboxExprs {
		t.Run(expr, func(t *testing.T) {
			var want any
			if err := plain.QueryRow("SELECT " + expr).Scan(&want); err != nil {
				t.Fatalf("built-in: %v", err)
			}
			res, err := r.Query(context.Background(), "SELECT "+expr, nil)
			if err != nil {
				t.Fatalf("sandbox: %v", err)
			}
			if got := res.Rows[0][0]; fmt.Sprintf("%T %v", got, got) != fmt.Sprintf("%T %v", want, want) {
				t.Errorf("sandbox %T %v, built-in %T %v", got, got, want, want)
			}
		})
	}
}

// TestSandboxFunctionErrors: wrong uses fail the way SQLite's own functions do.
func TestSandboxFunctionErrors(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	for _, q := range []string{
		`SELECT 'a' LIKE 'a' ESCAPE 'xy'`,
		`SELECT like('a')`,
		`SELECT like('a', 'b', 'c', 'd')`,
	} {
		_, err := r.Query(context.Background(), q, nil)
		wantCode(t, err, db.EINVALID)
	}
}
