package extract_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// maxComplexity is the highest cyclomatic complexity a function of the extractor may have (issue 11: "no
// extractor function above a cyclomatic complexity of about 40"). Past it a function is split into named
// helpers, which the tests and goldens then show change nothing.
const maxComplexity = 40

// TestComplexity fails when a function of extract/ or its internal packages (test files aside) has a
// cyclomatic complexity above maxComplexity, counted as gocyclo counts it: one, plus one for each if, for,
// range, non-default case and comm clause, && and ||, closures included in their function.
func TestComplexity(t *testing.T) {
	fset := token.NewFileSet()
	n := 0
	err := filepath.WalkDir(".", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			n++
			if c := complexity(fn); c > maxComplexity {
				t.Errorf("%s: %s has a cyclomatic complexity of %d, above %d: split it into named helpers",
					fset.Position(fn.Pos()), fn.Name.Name, c, maxComplexity)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 500 {
		t.Fatalf("measured only %d functions: is the walk reading extract/?", n)
	}
}

// complexity returns a function's cyclomatic complexity as gocyclo counts it.
func complexity(fn *ast.FuncDecl) int {
	c := 1
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt:
			c++
		case *ast.CaseClause:
			if n.List != nil {
				c++
			}
		case *ast.CommClause:
			if n.Comm != nil {
				c++
			}
		case *ast.BinaryExpr:
			if n.Op == token.LAND || n.Op == token.LOR {
				c++
			}
		}
		return true
	})
	return c
}

// TestComplexityCounts checks the count on functions whose complexity is known.
func TestComplexityCounts(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want int
	}{
		{"func f() {}", 1},
		{"func f(a, b bool) { if a && b || a {} }", 4},
		{"func f(x int) { for i := 0; i < x; i++ { switch i { case 1, 2: ; case 3: ; default: } } }", 4},
		{"func f(m map[int]int) { for range m { go func() { if true {} }() } }", 3},
		{"func f(c chan int) { select { case <-c: ; default: } }", 2},
	} {
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+tc.src, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := complexity(f.Decls[0].(*ast.FuncDecl)); got != tc.want {
			t.Errorf("%s: complexity %d, want %d", tc.src, got, tc.want)
		}
	}
}
