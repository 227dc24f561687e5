package layout_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/actorgraph/actorgraph"

// pkg is one package of the module as go list gives it: its folder and the packages of the module it
// imports (not its tests).
type pkg struct {
	dir      string
	imports  []string // of this module, as folders
	external []string // outside the standard library and this module
}

// packages lists the module's packages with go list.
func packages(t *testing.T, root string) map[string]pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-f", "{{.ImportPath}}{{range .Imports}} {{.}}{{end}}", "./...")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	std := stdlib(t, root)
	pkgs := map[string]pkg{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		p := pkg{dir: strings.TrimPrefix(strings.TrimPrefix(f[0], module), "/")}
		for _, imp := range f[1:] {
			switch {
			case imp == module || strings.HasPrefix(imp, module+"/"):
				p.imports = append(p.imports, strings.TrimPrefix(strings.TrimPrefix(imp, module), "/"))
			case !std[imp]:
				p.external = append(p.external, imp)
			}
		}
		pkgs[p.dir] = p
	}
	if len(pkgs) == 0 {
		t.Fatal("go list found no packages")
	}
	return pkgs
}

func stdlib(t *testing.T, root string) map[string]bool {
	t.Helper()
	cmd := exec.Command("go", "list", "std")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list std: %v", err)
	}
	std := map[string]bool{}
	for _, l := range strings.Fields(string(out)) {
		std[l] = true
	}
	return std
}

// section returns the README's architecture: the diagram (the code block) and the folders of the table's
// first column, each as written without its trailing slash.
func section(t *testing.T, root string) (diagram string, folders []string) {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	start, end := strings.Index(s, "<!-- architecture"), strings.Index(s, "<!-- /architecture -->")
	if start < 0 || end < start {
		t.Fatal("README.md has no <!-- architecture --> … <!-- /architecture --> section")
	}
	s = s[start:end]
	if a, b := strings.Index(s, "\n```\n"), strings.LastIndex(s, "\n```\n"); a >= 0 && b > a {
		diagram = s[a+5 : b]
	} else {
		t.Fatal("the architecture section has no diagram (a ``` block)")
	}
	folder := regexp.MustCompile("`([a-z0-9_./-]+)/`")
	for _, line := range strings.Split(s, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 3 || !strings.HasPrefix(line, "|") {
			continue
		}
		for _, m := range folder.FindAllStringSubmatch(cells[1], -1) {
			folders = append(folders, m[1])
		}
	}
	return diagram, folders
}

func root(t *testing.T) string {
	t.Helper()
	r, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestREADMEListsEveryPackage checks that the folder table names every package of the module and only
// folders that exist, and that the diagram names only packages that exist and every package data flows
// through (all but tests, benchmarks, tools and internal helpers).
func TestREADMEListsEveryPackage(t *testing.T) {
	r := root(t)
	pkgs := packages(t, r)
	diagram, folders := section(t, r)
	for dir := range pkgs {
		if dir != "" && !slices.Contains(folders, dir) {
			t.Errorf("package %s/ is not in the README's folder table", dir)
		}
	}
	for _, f := range folders {
		if st, err := os.Stat(filepath.Join(r, f)); err != nil || !st.IsDir() {
			t.Errorf("the README's folder table names %s/, which is not a folder", f)
		}
	}
	word := regexp.MustCompile(`[a-z][a-z0-9]*(/[a-z0-9]+)*`)
	named := map[string]bool{}
	for _, w := range word.FindAllString(diagram, -1) {
		named[w] = true
		if strings.Contains(w, "/") {
			if _, ok := pkgs[strings.TrimSuffix(w, "/")]; !ok {
				t.Errorf("the README's diagram names %s, which is not a package", w)
			}
		}
	}
	for dir := range pkgs {
		helper := dir == "" || strings.Contains(dir+"/", "internal/") || dir == "graph/graphtest" || dir == "e2e" ||
			dir == "bench" || strings.HasPrefix(dir, "bench/") || strings.HasPrefix(dir, "tools/")
		if !helper && !named[dir] {
			t.Errorf("package %s is not in the README's diagram", dir)
		}
	}
}

// TestImportRules checks the rules the README states for what the layers import.
func TestImportRules(t *testing.T) {
	pkgs := packages(t, root(t))
	rules := []struct {
		pkg     string
		allowed []string // of this module; nil: none
		noneOf  []string // prefixes it must not import
		stdOnly bool     // nothing outside the standard library
	}{
		{pkg: "graph", stdOnly: true},
		{pkg: "graph/layer", allowed: []string{"graph"}, stdOnly: true},
		{pkg: "graph/analyze", allowed: []string{"graph"}},
		{pkg: "store/boltstore", allowed: []string{"graph", "graph/layer", "internal/hugepages"}},
		{pkg: "store/neo4jstore", allowed: []string{"graph", "graph/layer"}},
		{pkg: "server", noneOf: []string{"store/", "extract"}},
	}
	for _, rule := range rules {
		p, ok := pkgs[rule.pkg]
		if !ok {
			t.Errorf("no package %s: the README's import rules name it", rule.pkg)
			continue
		}
		for _, imp := range p.imports {
			if rule.noneOf == nil && !slices.Contains(rule.allowed, imp) {
				t.Errorf("%s imports %s; the README says it imports only %v of this module", rule.pkg, imp, rule.allowed)
			}
			for _, bad := range rule.noneOf {
				if strings.HasPrefix(imp, bad) {
					t.Errorf("%s imports %s; the README says it imports no %s", rule.pkg, imp, bad)
				}
			}
		}
		if rule.stdOnly && len(p.external) > 0 {
			t.Errorf("%s imports %v; the README says it imports only the standard library", rule.pkg, p.external)
		}
	}
}
