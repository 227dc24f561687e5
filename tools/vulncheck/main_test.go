package main

import (
	"os"
	"strings"
	"testing"
)

// The sample is real govulncheck v1.9.0 output for actorgraph built with Go 1.26.8, cut down to three
// vulnerabilities: GO-2026-6617 (net/http, called from bench/cmd/loadgen), GO-2026-6875 (echo v4, called,
// no fix) and GO-2026-6838 (echo v4, in a module required but not called).
func sample(t *testing.T) *os.File {
	t.Helper()
	f, err := os.Open("testdata/govulncheck.json")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name             string
		accepted         map[string]string
		failing, allowed []string
		stale            []string
		says             []string
	}{
		{name: "nothing accepted", failing: []string{"GO-2026-6617", "GO-2026-6875"},
			says: []string{
				"VULNERABLE GO-2026-6617 in stdlib@v1.26.8 (fixed in v1.26.9)",
				"called from github.com/actorgraph/actorgraph/bench/cmd/loadgen.load$1 (bench/cmd/loadgen/main.go:92)",
				"VULNERABLE GO-2026-6875 in github.com/labstack/echo/v4@v4.16.0 (no fix yet): Reverse Proxy Forwards",
				"Go go1.26.8",
			}},
		{name: "one accepted", accepted: map[string]string{"GO-2026-6875": "no proxy middleware"},
			failing: []string{"GO-2026-6617"}, allowed: []string{"GO-2026-6875"},
			says: []string{"accepted GO-2026-6875", "why: no proxy middleware"}},
		{name: "all accepted, one no longer reported",
			accepted: map[string]string{"GO-2026-6875": "a", "GO-2026-6617": "b", "GO-2026-0001": "c"},
			allowed:  []string{"GO-2026-6617", "GO-2026-6875"}, stale: []string{"GO-2026-0001"},
			says: []string{"remove it from the accepted list: GO-2026-0001", "no vulnerability that the code calls, besides 2 accepted"}},
		// A vulnerability in a required module that the code does not call never fails the check.
		{name: "module-level finding is not a failure", accepted: map[string]string{"GO-2026-6838": "x"},
			failing: []string{"GO-2026-6617", "GO-2026-6875"}, stale: []string{"GO-2026-6838"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := check(sample(t), tc.accepted)
			if err != nil {
				t.Fatal(err)
			}
			ids := func(vs []vuln) string {
				var out []string
				for _, v := range vs {
					out = append(out, v.ID)
				}
				return strings.Join(out, " ")
			}
			if got, want := ids(rep.Failing), strings.Join(tc.failing, " "); got != want {
				t.Errorf("failing %q, want %q", got, want)
			}
			if got, want := ids(rep.Accepted), strings.Join(tc.allowed, " "); got != want {
				t.Errorf("accepted %q, want %q", got, want)
			}
			if got, want := strings.Join(rep.Stale, " "), strings.Join(tc.stale, " "); got != want {
				t.Errorf("stale %q, want %q", got, want)
			}
			text := rep.String()
			for _, s := range tc.says {
				if !strings.Contains(text, s) {
					t.Errorf("the report does not say %q:\n%s", s, text)
				}
			}
		})
	}
}

func TestCheckRejectsOtherInput(t *testing.T) {
	for _, in := range []string{"", "not json", `{"progress":{"message":"x"}}`} {
		if _, err := check(strings.NewReader(in), nil); err == nil {
			t.Errorf("check(%q) gave no error", in)
		}
	}
}

func TestParseAccepted(t *testing.T) {
	good := "# comment\n\nGO-2026-6875 we use no proxy middleware\nGO-2026-6872  no rate limiter\n"
	got, err := parseAccepted(strings.NewReader(good), "accepted.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["GO-2026-6872"] != "no rate limiter" {
		t.Errorf("got %q", got)
	}
	for in, want := range map[string]string{
		"GO-2026-6875\n":                   "accepted.txt:1: GO-2026-6875 has no reason",
		"\nCVE-2026-1 reason\n":            `accepted.txt:2: "CVE-2026-1" is not a vulnerability id`,
		"GO-2026-6875 a\nGO-2026-6875 b\n": "accepted.txt:2: GO-2026-6875 is listed twice",
	} {
		_, err := parseAccepted(strings.NewReader(in), "accepted.txt")
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("parseAccepted(%q) = %v, want %q", in, err, want)
		}
	}
}
