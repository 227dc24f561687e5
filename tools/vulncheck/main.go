// Command vulncheck fails the test command when govulncheck finds a vulnerability that actorgraph's code
// calls, unless the vulnerability is listed, with the reason it does not apply, in an accepted file.
//
//	govulncheck -format json ./... | go run ./tools/vulncheck tools/vulncheck/accepted.txt
//
// The accepted file has one vulnerability a line: its id (GO-YYYY-NNNN), then the reason. Blank lines and
// lines starting with # are comments. A listed vulnerability that govulncheck no longer reports is named, so
// that the list can be pruned.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: govulncheck -format json ./... | vulncheck ACCEPTED-FILE")
		os.Exit(2)
	}
	accepted, err := readAccepted(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "vulncheck:", err)
		os.Exit(2)
	}
	rep, err := check(os.Stdin, accepted)
	if err != nil {
		fmt.Fprintln(os.Stderr, "vulncheck:", err)
		os.Exit(2)
	}
	fmt.Print(rep.String())
	if len(rep.Failing) > 0 {
		os.Exit(1)
	}
}

// message is what vulncheck reads of govulncheck's JSON stream: each message is an object with one of the
// keys config, progress, osv, finding (and others this tool ignores).
type message struct {
	Config *struct {
		DB             string `json:"db"`
		DBLastModified string `json:"db_last_modified"`
		GoVersion      string `json:"go_version"`
	} `json:"config"`
	OSV *struct {
		ID      string `json:"id"`
		Summary string `json:"summary"`
	} `json:"osv"`
	Finding *struct {
		OSV          string  `json:"osv"`
		FixedVersion string  `json:"fixed_version"`
		Trace        []frame `json:"trace"`
	} `json:"finding"`
}

type frame struct {
	Module   string `json:"module"`
	Version  string `json:"version"`
	Package  string `json:"package"`
	Function string `json:"function"`
	Receiver string `json:"receiver"`
	Position *struct {
		Filename string `json:"filename"`
		Line     int    `json:"line"`
	} `json:"position"`
}

// vuln is one vulnerability the code calls.
type vuln struct {
	ID, Summary, Module, Version, Fixed string
	Call                                string // the call in actorgraph's code nearest the vulnerable one
}

// report is what check found.
type report struct {
	DB, DBModified, GoVersion string
	Failing, Accepted         []vuln
	Stale                     []string // accepted ids govulncheck no longer reports
	Reasons                   map[string]string
}

func (r report) String() string {
	var b strings.Builder
	modified := ""
	if r.DBModified != "" && !strings.HasPrefix(r.DBModified, "0001-") { // a database indexed here has no date
		modified = " (modified " + r.DBModified + ")"
	}
	fmt.Fprintf(&b, "govulncheck: database %s%s, Go %s\n", r.DB, modified, r.GoVersion)
	for _, v := range r.Accepted {
		fmt.Fprintf(&b, "accepted %s (%s@%s): %s\n  why: %s\n", v.ID, v.Module, v.Version, v.Summary, r.Reasons[v.ID])
	}
	for _, id := range r.Stale {
		fmt.Fprintf(&b, "no longer reported, remove it from the accepted list: %s\n", id)
	}
	for _, v := range r.Failing {
		fixed := "no fix yet"
		if v.Fixed != "" {
			fixed = "fixed in " + v.Fixed
		}
		fmt.Fprintf(&b, "VULNERABLE %s in %s@%s (%s): %s\n  called from %s\n", v.ID, v.Module, v.Version, fixed, v.Summary, v.Call)
	}
	if len(r.Failing) == 0 {
		fmt.Fprintf(&b, "no vulnerability that the code calls, besides %d accepted\n", len(r.Accepted))
	}
	return b.String()
}

var idPattern = regexp.MustCompile(`^GO-\d{4}-\d{4,}$`)

// readAccepted reads the accepted file: id and reason on each line.
func readAccepted(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseAccepted(f, path)
}

func parseAccepted(r io.Reader, name string) (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, reason, _ := strings.Cut(line, " ")
		reason = strings.TrimSpace(reason)
		switch {
		case !idPattern.MatchString(id):
			return nil, fmt.Errorf("%s:%d: %q is not a vulnerability id like GO-2026-1234", name, n, id)
		case reason == "":
			return nil, fmt.Errorf("%s:%d: %s has no reason: say why it does not apply", name, n, id)
		case out[id] != "":
			return nil, fmt.Errorf("%s:%d: %s is listed twice", name, n, id)
		}
		out[id] = reason
	}
	return out, sc.Err()
}

// check reads govulncheck's JSON stream and sorts the vulnerabilities the code calls into accepted and
// failing. A finding whose trace starts at a function is one the code calls; findings only at the level
// of a module or an imported package are not.
func check(r io.Reader, accepted map[string]string) (report, error) {
	rep := report{Reasons: accepted}
	summaries := map[string]string{}
	called := map[string]vuln{}
	dec := json.NewDecoder(r)
	configs := 0
	for {
		var m message
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return rep, fmt.Errorf("reading govulncheck's JSON output: %w", err)
		}
		switch {
		case m.Config != nil:
			configs++
			rep.DB, rep.DBModified, rep.GoVersion = m.Config.DB, m.Config.DBLastModified, m.Config.GoVersion
		case m.OSV != nil:
			summaries[m.OSV.ID] = m.OSV.Summary
		case m.Finding != nil:
			f := m.Finding
			if len(f.Trace) == 0 || f.Trace[0].Function == "" {
				continue
			}
			if _, seen := called[f.OSV]; seen {
				continue
			}
			v := vuln{ID: f.OSV, Module: f.Trace[0].Module, Version: f.Trace[0].Version, Fixed: f.FixedVersion}
			// The trace runs from the vulnerable function to main: the first frame of the main module (the
			// one module without a version) is the call in actorgraph's code.
			for _, fr := range f.Trace[1:] {
				if fr.Version == "" && fr.Module != "stdlib" {
					v.Call = fmt.Sprintf("%s.%s", fr.Package, fr.Function)
					if fr.Position != nil {
						v.Call += fmt.Sprintf(" (%s:%d)", fr.Position.Filename, fr.Position.Line)
					}
					break
				}
			}
			called[f.OSV] = v
		}
	}
	if configs == 0 {
		return rep, errors.New("the input holds no govulncheck config message: is it `govulncheck -format json` output?")
	}
	for id, v := range called {
		v.Summary = summaries[id]
		if _, ok := accepted[id]; ok {
			rep.Accepted = append(rep.Accepted, v)
		} else {
			rep.Failing = append(rep.Failing, v)
		}
	}
	for id := range accepted {
		if _, ok := called[id]; !ok {
			rep.Stale = append(rep.Stale, id)
		}
	}
	byID := func(a, b vuln) int { return strings.Compare(a.ID, b.ID) }
	slices.SortFunc(rep.Accepted, byID)
	slices.SortFunc(rep.Failing, byID)
	slices.Sort(rep.Stale)
	return rep, nil
}
