package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/server"
)

// Bounds of ingest --server. A request carries files up to the server's default body limit, less room for
// the multipart headers, and at most as many files as the server reads in one upload.
const (
	remoteRequestBytes = server.DefaultMaxDocumentBytes - 64<<10
	remoteRequestFiles = 100
	// remoteRetries is how many times a request turned away for a while (429, 503) is sent again, each
	// after the Retry-After the server gave (at most remoteMaxWait).
	remoteRetries = 5
	remoteMaxWait = time.Minute
	// remoteTimeout bounds one request: the server's own ingest timeout and the time to send the files.
	remoteTimeout = server.DefaultIngestTimeout + time.Minute
)

// remote sends files to a running server's POST /api/documents.
type remote struct {
	endpoint string // the server's /api/documents, with replace=1 (ingest replaces an edited article)
	token    string
	client   *http.Client
	sleep    func(context.Context, time.Duration) error
}

// newRemote checks the server's URL and the token.
func newRemote(base, token string) (*remote, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("--server %q is not a server's address such as http://localhost:8080: %w", graph.Clip(base), errUsage)
	}
	if token == "" {
		return nil, errors.New("ingest --server needs an editor's token: set ACTORGRAPH_EDIT_TOKEN to it")
	}
	u = u.JoinPath("api", "documents")
	u.RawQuery = "replace=1"
	return &remote{endpoint: u.String(), token: token, client: &http.Client{Timeout: remoteTimeout}, sleep: sleepCtx}, nil
}

// ingest sends the files a few to a request, articles first and overlays after them (an overlay names
// what the store holds), and gathers the server's reports into one. The error is non-nil when the server
// refuses them all (a wrong token, writing off) or cannot be reached; documents the server refused one by
// one are in the report.
func (r *remote) ingest(ctx context.Context, files []ingest.File, progress func(done, total int)) (ingest.Report, error) {
	var rep ingest.Report
	var articles, overlays []ingest.File
	for _, f := range files {
		switch {
		case f.Err != nil:
			rep.Documents = append(rep.Documents, ingest.DocReport{File: f.Name, Error: graph.ErrorMessage(f.Err)})
			rep.Failed++
		case len(f.Data) > remoteRequestBytes:
			rep.Documents = append(rep.Documents, ingest.DocReport{File: f.Name,
				Error: fmt.Sprintf("%s: %d bytes is more than a server takes in one request (%d); ingest it into the store with the server stopped", f.Name, len(f.Data), remoteRequestBytes)})
			rep.Failed++
		case f.IsOverlay():
			overlays = append(overlays, f)
		default:
			articles = append(articles, f)
		}
	}
	chunks := chunkFiles(append(articles, overlays...))
	first := true
	for i, chunk := range chunks {
		if progress != nil && i > 0 {
			progress(i, len(chunks))
		}
		part, err := r.send(ctx, chunk)
		if err != nil {
			names := make([]string, len(chunk))
			for i, f := range chunk {
				names[i] = f.Name
			}
			rep.Documents = append(rep.Documents, ingest.DocReport{File: strings.Join(names, ", "), Error: "not ingested: " + graph.ErrorMessage(err)})
			rep.Failed += len(chunk)
			if code := graph.ErrorCode(err); code != graph.EINVALID && code != graph.ECONFLICT && code != graph.ETOOLARGE {
				return rep, err // the server turns everything away: say so once
			}
			continue
		}
		if first {
			rep.Before, first = part.Before, false
		}
		rep.After = part.After
		rep.Documents = append(rep.Documents, part.Documents...)
		rep.Failed += part.Failed
	}
	if progress != nil && len(chunks) > 0 {
		progress(len(chunks), len(chunks))
	}
	return rep, nil
}

// chunkFiles cuts the files into requests within remoteRequestBytes and remoteRequestFiles each.
func chunkFiles(files []ingest.File) [][]ingest.File {
	var chunks [][]ingest.File
	var cur []ingest.File
	size := 0
	for _, f := range files {
		if len(cur) > 0 && (size+len(f.Data) > remoteRequestBytes || len(cur) == remoteRequestFiles) {
			chunks, cur, size = append(chunks, cur), nil, 0
		}
		cur = append(cur, f)
		size += len(f.Data)
	}
	if len(cur) > 0 {
		chunks = append(chunks, cur)
	}
	return chunks
}

// send posts one request of files, again after the server's Retry-After while it is busy.
func (r *remote) send(ctx context.Context, files []ingest.File) (ingest.Report, error) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, f := range files {
		// The server keeps the base name; overlays' rules name the file by it.
		w, err := mw.CreateFormFile("file", filepath.Base(f.Name))
		if err != nil {
			return ingest.Report{}, err
		}
		w.Write(f.Data)
	}
	if err := mw.Close(); err != nil {
		return ingest.Report{}, err
	}
	for try := 0; ; try++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.endpoint, bytes.NewReader(body.Bytes()))
		if err != nil {
			return ingest.Report{}, err
		}
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Authorization", "Bearer "+r.token)
		res, err := r.client.Do(req)
		if err != nil {
			return ingest.Report{}, graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("cannot reach the server at %s: %v", r.endpoint, unwrapURLError(err)))
		}
		rep, wait, err := readAnswer(res)
		if wait == 0 || try == remoteRetries {
			return rep, err
		}
		if err := r.sleep(ctx, wait); err != nil {
			return ingest.Report{}, err
		}
	}
}

// readAnswer reads the server's answer: the report, or its error, with how long to wait before trying
// again when the server is busy (429, 503).
func readAnswer(res *http.Response) (ingest.Report, time.Duration, error) {
	defer res.Body.Close()
	data, err := io.ReadAll(io.LimitReader(res.Body, 64<<20))
	if err != nil {
		return ingest.Report{}, 0, graph.Wrap(err, graph.EUNAVAILABLE, "the server's answer was cut short")
	}
	if res.StatusCode == http.StatusOK || res.StatusCode == http.StatusCreated {
		var rep ingest.Report
		if err := json.Unmarshal(data, &rep); err != nil {
			return rep, 0, graph.Wrap(err, graph.EINTERNAL, "the server's answer is not the report expected")
		}
		return rep, 0, nil
	}
	var e struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	if json.Unmarshal(data, &e) != nil || e.Error.Code == "" {
		return ingest.Report{}, 0, graph.Errorf(graph.EUNAVAILABLE, "the server answered %s without saying why; is it actorgraph?", res.Status)
	}
	var wait time.Duration
	if res.StatusCode == http.StatusTooManyRequests || res.StatusCode == http.StatusServiceUnavailable {
		secs, _ := strconv.Atoi(res.Header.Get("Retry-After"))
		wait = min(time.Duration(max(secs, 1))*time.Second, remoteMaxWait)
	}
	code := e.Error.Code
	switch code {
	case graph.EINVALID, graph.ECONFLICT, graph.ETOOLARGE:
	default:
		// 401, 403, 429, 503...: nothing sent after would fare better; the server's words say why.
		code = graph.EUNAVAILABLE
	}
	return ingest.Report{}, wait, graph.Errorf(code, "the server answered %d: %s", res.StatusCode, e.Error.Message)
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// inUseHint is the one line ingest prints when a running server holds the store.
func inUseHint(path string) string {
	return fmt.Sprintf("store file %s is in use by a running actorgraph (serve?): send the files to it with `actorgraph ingest --server http://localhost:8080 FILE...` and ACTORGRAPH_EDIT_TOKEN set, or stop it first",
		strings.TrimSpace(path))
}
