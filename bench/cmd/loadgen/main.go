// Command loadgen sends GET requests to one URL from a number of keep-alive connections for a while and
// reports requests per second, latency percentiles and errors (transport errors and any status but 200).
//
//	loadgen -url 'http://127.0.0.1:8080/api/graph?format=svg&focus=...' -c 32 -d 10s
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/bench"
)

type report struct {
	URL         string          `json:"url"`
	Connections int             `json:"connections"`
	Seconds     float64         `json:"seconds"`
	Requests    int             `json:"requests"`
	PerSecond   float64         `json:"requests_per_s"`
	Errors      int             `json:"errors"`
	Statuses    map[int]int     `json:"statuses"`
	Latency     bench.Durations `json:"latency"`
	FirstError  string          `json:"first_error,omitempty"`
	Bytes       int64           `json:"bytes"`
}

func main() {
	url := flag.String("url", "", "the URL to GET")
	conns := flag.Int("c", 32, "concurrent connections, each sending one request at a time")
	dur := flag.Duration("d", 10*time.Second, "how long to send requests")
	warm := flag.Duration("warmup", time.Second, "requests sent first and not counted")
	out := flag.String("o", "", "also write the report as JSON to this `file`")
	flag.Parse()
	if *url == "" {
		fmt.Fprintln(os.Stderr, "loadgen: -url is required")
		os.Exit(2)
	}
	r, err := load(*url, *conns, *warm, *dur)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
	fmt.Printf("%s\n  %d connections, %.1f s: %d requests, %.0f requests/s, %d errors %v\n  latency %s, %.1f MB received\n",
		r.URL, r.Connections, r.Seconds, r.Requests, r.PerSecond, r.Errors, r.Statuses, r.Latency, float64(r.Bytes)/1e6)
	if r.FirstError != "" {
		fmt.Printf("  first error: %s\n", r.FirstError)
	}
	if *out != "" {
		b, _ := json.MarshalIndent(r, "", "  ")
		if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "loadgen:", err)
			os.Exit(1)
		}
	}
}

func load(url string, conns int, warm, dur time.Duration) (report, error) {
	tr := &http.Transport{MaxIdleConns: conns, MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns,
		IdleConnTimeout: time.Minute, DisableCompression: true}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	defer tr.CloseIdleConnections()

	type worker struct {
		lat      []time.Duration
		statuses map[int]int
		errs     int
		firstErr string
		bytes    int64
	}
	workers := make([]*worker, conns)
	start := time.Now()
	warmEnd, end := start.Add(warm), start.Add(warm+dur)
	ctx, cancel := context.WithDeadline(context.Background(), end.Add(30*time.Second))
	defer cancel()
	var wg sync.WaitGroup
	for i := range workers {
		w := &worker{statuses: map[int]int{}}
		workers[i] = w
		wg.Go(func() {
			for {
				t0 := time.Now()
				if t0.After(end) {
					return
				}
				req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
				res, err := client.Do(req)
				var n int64
				if err == nil {
					n, err = io.Copy(io.Discard, res.Body)
					res.Body.Close()
				}
				if t0.Before(warmEnd) {
					continue
				}
				w.lat = append(w.lat, time.Since(t0))
				w.bytes += n
				switch {
				case err != nil:
					w.errs++
					if w.firstErr == "" {
						w.firstErr = err.Error()
					}
				default:
					w.statuses[res.StatusCode]++
					if res.StatusCode != http.StatusOK {
						w.errs++
						if w.firstErr == "" {
							w.firstErr = res.Status
						}
					}
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(warmEnd)
	r := report{URL: url, Connections: conns, Seconds: elapsed.Seconds(), Statuses: map[int]int{}}
	var all []time.Duration
	for _, w := range workers {
		all = append(all, w.lat...)
		r.Errors += w.errs
		r.Bytes += w.bytes
		if r.FirstError == "" {
			r.FirstError = w.firstErr
		}
		for s, n := range w.statuses {
			r.Statuses[s] += n
		}
	}
	r.Requests = len(all)
	r.PerSecond = float64(r.Requests) / elapsed.Seconds()
	r.Latency = bench.Summarize(all)
	return r, nil
}
