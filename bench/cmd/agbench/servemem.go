package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/actorgraph/actorgraph/bench"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

// serveMemory measures `actorgraph serve` (the binary at c.actorgraph) on a copy of the store file (the
// file itself is left as it is, so that builds of different formats can be measured on their own files):
// how long it takes to serve, its resident memory then, while it answers c.queries depth-2 neighbourhoods
// and searches of random actors from two clients, and at its peak (VmHWM); and how long it takes to exit
// on SIGTERM once idle (which includes writing the store's image, if the file had none).
func serveMemory(ctx context.Context, c config, path string, size int, corpus *synthetic.Corpus, res *results, out io.Writer) error {
	copied := path + ".servemem"
	if err := copyFile(path, copied); err != nil {
		return err
	}
	defer os.Remove(copied)
	cmd := exec.CommandContext(ctx, c.actorgraph, "serve", "--addr", "127.0.0.1:0", "--store", copied, "--seed=false",
		"--render-workers", "1", "--render-cache-dir", "off")
	cmd.Env = append(os.Environ(), "ACTORGRAPH_LOG_LEVEL=warn")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	defer cmd.Process.Kill()
	base, err := serveAddress(stdout)
	if err != nil {
		return err
	}
	ready := time.Since(start)
	pid := cmd.Process.Pid
	atOpen, readyCPU := bench.RSS(pid), procCPU(pid)
	fmt.Fprintf(out, "serve at %d relationships: serving after %s (%s of CPU), resident %.0f MiB\n", size, bench.Round(ready), bench.Round(readyCPU), mib(atOpen))

	rng := rand.New(rand.NewPCG(5, 8))
	paths := make([]string, c.queries)
	for i := range paths {
		e := corpus.Entity(rng.IntN(corpus.Entities()))
		if i%4 == 3 {
			paths[i] = "/api/search?q=" + url.QueryEscape(e.Name)
		} else {
			paths[i] = "/api/graph?depth=2&focus=" + url.QueryEscape(e.ID)
		}
	}
	var mu sync.Mutex
	var peakSample int64
	failed := 0
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Go(func() {
			for i := w; i < len(paths); i += 2 {
				resp, err := http.Get(base + paths[i])
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				mu.Lock()
				if err != nil || resp.StatusCode != http.StatusOK {
					if failed++; failed == 1 {
						fmt.Fprintf(out, "first failure: %s: %v %v\n", paths[i], err, status(resp))
					}
				}
				if i%100 == 0 {
					peakSample = max(peakSample, bench.RSS(pid))
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	after := bench.RSS(pid)
	hwm := procStatusKB(pid, "VmHWM") << 10
	fmt.Fprintf(out, "serve at %d relationships, after %d neighbourhoods and searches (%d failed): resident %.0f MiB, at most %.0f MiB sampled, peak (VmHWM) %.0f MiB\n",
		size, len(paths), failed, mib(after), mib(max(peakSample, after)), mib(hwm))
	stop := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return err
	}
	err = cmd.Wait()
	exit := time.Since(stop)
	fmt.Fprintf(out, "serve at %d relationships: exited in %s on SIGTERM (%v)\n", size, bench.Round(exit), exitStatus(err))
	res.set(fmt.Sprintf("serve_%d", size), map[string]any{"ready": ready, "ready_cpu": readyCPU, "rss_open": atOpen, "rss_after": after,
		"rss_max_sampled": max(peakSample, after), "vm_hwm": hwm, "requests": len(paths), "failed": failed, "exit": exit})
	return nil
}

// procStatusKB reads a field in kB from /proc/PID/status (0 if it cannot).
func procStatusKB(pid int, field string) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb
		}
	}
	return 0
}

func status(resp *http.Response) string {
	if resp == nil {
		return ""
	}
	return resp.Status
}

// procCPU is the CPU time (user and system) the process has used, from /proc/PID/stat (0 if it cannot).
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	// The fields after the command's name, which is in parentheses: utime and stime are the 12th and 13th.
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * time.Second / 100 // clock ticks of 1/100 s (getconf CLK_TCK)
}

// serveAddress reads serve's output until the line saying where it listens ("actorgraph: serving URL"),
// which comes once the store is open and after any notices (such as "writing is off"), and returns the URL.
// The rest of the output is read and dropped in the background, so that serve never blocks writing to a
// full pipe.
func serveAddress(stdout io.Reader) (string, error) {
	lines := bufio.NewReader(stdout)
	var seen []string
	for {
		line, err := lines.ReadString('\n')
		if u, ok := strings.CutPrefix(strings.TrimSpace(line), "actorgraph: serving "); ok && u != "" {
			go io.Copy(io.Discard, lines)
			return u, nil
		}
		if err != nil {
			return "", fmt.Errorf("serve ended its output (%v) without saying where it listens; it wrote %q", err, seen)
		}
		if len(seen) < 5 {
			seen = append(seen, strings.TrimSpace(line))
		}
	}
}
