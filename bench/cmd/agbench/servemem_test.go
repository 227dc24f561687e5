package main

import (
	"context"
	"io"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestServeAddress(t *testing.T) {
	for _, tc := range []struct {
		name, out, want, err string
	}{
		{"notice first", "actorgraph: writing is off (no ACTORGRAPH_EDIT_TOKEN or ACTORGRAPH_EDITORS_FILE): the page and the API are read-only\n" +
			"actorgraph: serving http://127.0.0.1:41234\n", "http://127.0.0.1:41234", ""},
		{"address only", "actorgraph: serving http://127.0.0.1:8080\n", "http://127.0.0.1:8080", ""},
		{"no newline at the end", "note\nactorgraph: serving http://[::1]:9000", "http://[::1]:9000", ""},
		{"never serves", "actorgraph: the store is damaged\n", "", `without saying where it listens; it wrote ["actorgraph: the store is damaged"]`},
		{"nothing", "", "", "without saying where it listens"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := serveAddress(strings.NewReader(tc.out))
			if got != tc.want {
				t.Errorf("address %q, want %q", got, tc.want)
			}
			switch {
			case tc.err == "" && err != nil:
				t.Errorf("error %v", err)
			case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
				t.Errorf("error %v, want one containing %q", err, tc.err)
			}
		})
	}
}

// TestServeAddressOfServe reads the address from a real `actorgraph serve`, whose first line is a notice
// when writing is off (the default): reading only the first line took the notice for the address.
func TestServeAddressOfServe(t *testing.T) {
	if testing.Short() {
		t.Skip("builds actorgraph")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "actorgraph")
	if out, err := exec.Command("go", "build", "-o", bin, "../../../cmd/actorgraph").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "serve", "--addr", "127.0.0.1:0", "--store", filepath.Join(dir, "s.db"),
		"--seed=false", "--render-workers", "1", "--render-cache-dir", "off")
	cmd.Env = append(cmd.Environ(), "ACTORGRAPH_LOG_LEVEL=warn", "ACTORGRAPH_EDIT_TOKEN=", "ACTORGRAPH_EDITORS_FILE=")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	base, err := serveAddress(stdout)
	if err != nil {
		t.Fatal(err)
	}
	res, err := httpGet(ctx, base+"/healthz")
	if err != nil {
		t.Fatalf("GET %s/healthz: %v", base, err)
	}
	if !strings.Contains(res, `"status":"ok"`) {
		t.Errorf("GET %s/healthz = %q", base, res)
	}
}

func httpGet(ctx context.Context, url string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}
