package server_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/server"
)

// talks is an article the extractor reads three relationships from.
const talks = "Talks in Astana\n\nChina criticized Japan on Monday. Kassym-Jomart Tokayev met with Xi Jinping in Astana. Belarus supports Russia.\n"

// postAnswer is the part of POST /api/documents' answer the tests read.
type postAnswer struct {
	Preview     bool               `json:"preview"`
	Failed      int                `json:"failed"`
	Corrections []graph.Correction `json:"corrections"`
	Before      graph.Stats
	After       graph.Stats
	Documents   []struct {
		Document  string
		File      string
		Unchanged bool
		Error     string
		Layers    []graph.Batch
	}
}

func (a postAnswer) relations() []string {
	var ids []string
	for _, d := range a.Documents {
		for _, l := range d.Layers {
			for _, r := range l.Relations {
				ids = append(ids, r.ID)
			}
		}
	}
	return ids
}

// TestPostedArticleIsSearchableAtOnce: an article sent as JSON is read by the extractor, stored, answered
// with what it added (201), and found by search and by id on the next request, with no restart; sending
// it again changes nothing (200, unchanged).
func TestPostedArticleIsSearchableAtOnce(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{})
	article := map[string]string{"text": talks, "title": "Talks in Astana", "published": "2023-05-02", "source": "The Daily Example", "url": "https://example.com/talks"}
	r := sendJSON(t, ts, http.MethodPost, "/api/documents", article)
	if r.status != http.StatusCreated {
		t.Fatalf("status %d, want 201: %s", r.status, r.body)
	}
	var ans postAnswer
	decode(t, r, &ans)
	if len(ans.Documents) != 1 || ans.Documents[0].Document != "2023-05-02-talks-in-astana" {
		t.Fatalf("documents %+v, want 2023-05-02-talks-in-astana", ans.Documents)
	}
	rels := strings.Join(ans.relations(), " ")
	for _, want := range []string{"state:china|CRITICIZES|state:japan", "state:belarus|SUPPORTS|state:russia", "person:kassym-jomart-tokayev|MET_WITH|person:xi-jinping"} {
		if !strings.Contains(rels, want) {
			t.Errorf("answer's relations %s lack %s", rels, want)
		}
	}
	if ans.After.Documents != ans.Before.Documents+1 {
		t.Errorf("documents %d → %d, want one more", ans.Before.Documents, ans.After.Documents)
	}
	if s := send(t, ts, http.MethodGet, "/api/search?q=japan", "", nil); s.status != http.StatusOK || !strings.Contains(s.body, `"id":"state:japan"`) {
		t.Errorf("search for Japan after the post: %d %.300s", s.status, s.body)
	}
	d := send(t, ts, http.MethodGet, "/api/documents/2023-05-02-talks-in-astana", "", nil)
	mustContain(t, "the stored document", d.body, `"source":"The Daily Example"`, `"url":"https://example.com/talks"`, "Belarus supports Russia.")

	again := sendJSON(t, ts, http.MethodPost, "/api/documents", article)
	var ans2 postAnswer
	decode(t, again, &ans2)
	if again.status != http.StatusOK || !ans2.Documents[0].Unchanged || ans2.After != ans2.Before {
		t.Errorf("sending it again: status %d, unchanged %v, %+v → %+v; want 200, unchanged, same counts", again.status, ans2.Documents[0].Unchanged, ans2.Before, ans2.After)
	}
}

// TestPreviewStoresNothingAndEditsApply: preview=1 answers what the extractor found without storing it;
// the article sent again with the editor's edits (a relationship rejected, an actor hidden, one renamed)
// is stored as edited.
func TestPreviewStoresNothingAndEditsApply(t *testing.T) {
	ts, store := newWriteServer(t, server.Config{})
	before, _ := store.Stats(context.Background())
	r := sendJSON(t, ts, http.MethodPost, "/api/documents?preview=1", map[string]string{"text": talks})
	if r.status != http.StatusOK {
		t.Fatalf("preview: status %d: %s", r.status, r.body)
	}
	var ans postAnswer
	decode(t, r, &ans)
	if !ans.Preview || len(ans.relations()) != 3 || ans.Documents[0].Document != "talks-in-astana" {
		t.Fatalf("preview %v, relations %v, document %q", ans.Preview, ans.relations(), ans.Documents[0].Document)
	}
	if after, _ := store.Stats(context.Background()); after != before {
		t.Fatalf("the preview changed the store: %+v → %+v", before, after)
	}
	if s := send(t, ts, http.MethodGet, "/api/search?q=japan", "", nil); strings.Contains(s.body, "state:japan") {
		t.Fatal("Japan is found after a preview")
	}

	edits := []map[string]string{
		{"action": "reject", "relation": "state:china|CRITICIZES|state:japan"},
		{"action": "hide", "entity": "place:astana"},
		{"action": "rename", "entity": "state:belarus", "name": "Republic of Belarus (Lukashenko government)"},
	}
	r = sendJSON(t, ts, http.MethodPost, "/api/documents", map[string]any{"text": talks, "edits": edits})
	if msg := r.body; r.status != http.StatusBadRequest || !strings.Contains(msg, `give a \"reason\" for the edits`) {
		t.Errorf("edits without a reason: %d %s", r.status, msg)
	}
	if after, _ := store.Stats(context.Background()); after != before {
		t.Fatalf("edits without a reason changed the store: %+v → %+v", before, after)
	}
	r = sendJSON(t, ts, http.MethodPost, "/api/documents", map[string]any{"text": talks, "edits": edits, "reason": "read wrongly by the extractor"})
	if r.status != http.StatusCreated {
		t.Fatalf("commit: status %d: %s", r.status, r.body)
	}
	decode(t, r, &ans)
	// Each edit is a correction by the editor, with the reason: the criticism's one sentence rejected,
	// Astana (which only this article names) hidden, Belarus renamed.
	var actions []string
	for _, c := range ans.Corrections {
		if c.Editor != "alice" || c.Reason != "read wrongly by the extractor" {
			t.Errorf("correction %+v: want alice's, with the reason", c)
		}
		actions = append(actions, c.Action)
	}
	if strings.Join(actions, " ") != "reject_sentence hide rename" {
		t.Errorf("the edits were recorded as %v", actions)
	}
	if g := send(t, ts, http.MethodGet, "/api/graph?depth=1&focus=state:japan", "", nil); g.status != http.StatusOK || strings.Contains(g.body, "CRITICIZES") {
		t.Errorf("Japan's neighbourhood after the criticism was left out: %d %.300s", g.status, g.body)
	}
	if g := send(t, ts, http.MethodGet, "/api/entities/place:astana", "", nil); g.status != http.StatusNotFound {
		t.Errorf("Astana, left out: %d", g.status)
	}
	if g := send(t, ts, http.MethodGet, "/api/graph?depth=1&focus=state:republic-of-belarus-lukashenko-government", "", nil); !strings.Contains(g.body, "state:republic-of-belarus-lukashenko-government|SUPPORTS|state:russia") {
		t.Errorf("Belarus renamed: %d %.300s", g.status, g.body)
	}
	if list := send(t, ts, http.MethodGet, "/api/corrections", "", nil); strings.Count(list.body, `"editor":"alice"`) != 3 {
		t.Errorf("the trail: %.500s", list.body)
	}

	r = sendJSON(t, ts, http.MethodPost, "/api/documents?preview=1", map[string]any{"text": talks, "edits": []map[string]string{
		{"action": "reject", "relation": "state:china|OPPOSES|state:japan"},
	}})
	if code, msg := apiError(t, r); r.status != http.StatusBadRequest || code != "invalid" || !strings.Contains(msg, "the article talks-in-astana:1: drop_relation") {
		t.Errorf("an edit naming nothing in the text: %d %s %q", r.status, code, msg)
	}
}

// TestPostedArticleDoesNotReplaceAnotherUnasked: an article whose id the store holds with other text is
// 409 and leaves the stored one; replace=1 replaces it.
func TestPostedArticleDoesNotReplaceAnotherUnasked(t *testing.T) {
	ts, store := newWriteServer(t, server.Config{})
	seedID := "2022-01-07-kazakhstan-csto-intervention"
	r := sendJSON(t, ts, http.MethodPost, "/api/documents", map[string]string{"id": seedID, "text": talks})
	if r.status != http.StatusConflict {
		t.Fatalf("status %d, want 409: %s", r.status, r.body)
	}
	if _, msg := apiError(t, r); !strings.Contains(msg, "replace=1") {
		t.Errorf("message %q does not say how to replace", msg)
	}
	if d, _ := store.Document(context.Background(), seedID); strings.Contains(d.Text, "Belarus supports Russia") {
		t.Fatal("the seed article was replaced")
	}
	ct, body := multipartBody(t, "talks.txt", talks)
	send(t, ts, http.MethodPost, "/api/documents", ct, body, "Authorization", "Bearer "+aliceToken)
	ct, body = multipartBody(t, "talks.txt", talks+"Russia supports Belarus.\n")
	if r := send(t, ts, http.MethodPost, "/api/documents", ct, body, "Authorization", "Bearer "+aliceToken); r.status != http.StatusConflict {
		t.Errorf("an uploaded file with the id of a stored one and other text: %d, want 409: %s", r.status, r.body)
	}
	if r := send(t, ts, http.MethodPost, "/api/documents?replace=1", ct, body, "Authorization", "Bearer "+aliceToken); r.status != http.StatusCreated {
		t.Errorf("replace=1: %d, want 201: %s", r.status, r.body)
	}
}

// TestUploadedFiles: articles and an overlay sent as a multipart upload are ingested together as `ingest`
// would; a file's path is cut to its base name.
func TestUploadedFiles(t *testing.T) {
	ts, store := newWriteServer(t, server.Config{})
	ov := "document: talks\nrelations:\n  - from: Tokayev\n    type: ALLIED_WITH\n    to: Xi Jinping\n    evidence: [\"Kassym-Jomart Tokayev met with Xi Jinping in Astana.\"]\n"
	ct, body := multipartBody(t, "../../etc/talks.txt", talks, `C:\Users\a\talks.overlay.yaml`, ov)
	r := send(t, ts, http.MethodPost, "/api/documents", ct, body, "Authorization", "Bearer "+aliceToken)
	if r.status != http.StatusCreated {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var ans postAnswer
	decode(t, r, &ans)
	if d := ans.Documents[0]; d.Document != "talks" || d.File != "talks.txt" || len(d.Layers) != 2 || d.Layers[1].Origin != "overlay:talks.overlay.yaml" {
		t.Errorf("document %+v", d)
	}
	rels, err := store.Adjacent(context.Background(), []string{"person:xi-jinping"}, graph.Filter{Documents: []string{"talks"}})
	if err != nil || len(rels) != 2 {
		t.Errorf("Xi Jinping's relationships %v %v, want the text's MET_WITH and the overlay's ALLIED_WITH", rels, err)
	}
}

// TestUploadedWebPage: a saved web page is an article too, read as ingest reads it.
func TestUploadedWebPage(t *testing.T) {
	ts, store := newWriteServer(t, server.Config{})
	page := `<!doctype html><html><head><title>Talks in Astana</title><meta name="date" content="2023-05-02"></head>` +
		`<body><nav>Home | World</nav><article><h1>Talks in Astana</h1><p>China criticized Japan on Monday.</p><p>Belarus supports Russia.</p></article></body></html>`
	ct, body := multipartBody(t, "talks.html", page)
	r := send(t, ts, http.MethodPost, "/api/documents", ct, body, "Authorization", "Bearer "+aliceToken)
	if r.status != http.StatusCreated {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	if _, err := store.Entity(context.Background(), "state:japan"); err != nil {
		t.Errorf("Japan, named by the page, is not stored: %v", err)
	}
}

// TestHostileDocumentRequests: every way a body can be wrong is refused with what is wrong, and stores
// nothing.
func TestHostileDocumentRequests(t *testing.T) {
	ts, store := newWriteServer(t, server.Config{MaxDocumentBytes: 64 << 10})
	before, _ := store.Stats(context.Background())
	auth := []string{"Authorization", "Bearer " + aliceToken}
	big := strings.Repeat("Belarus supports Russia. ", 3000) // 75 KB
	for _, tc := range []struct {
		name, contentType, body string
		status                  int
		want                    string
	}{
		{"not JSON", "application/json", `{"text": "x"`, 400, "the body is empty or cut short"},
		{"bad JSON", "application/json", `{"text": x}`, 400, "not valid JSON at byte"},
		{"an unknown field", "application/json", `{"text":"Belarus supports Russia.","author":"me"}`, 400, `unknown field "author"`},
		{"two values", "application/json", `{"text":"Belarus supports Russia."} {}`, 400, "more than one JSON value"},
		{"a number for text", "application/json", `{"text":12}`, 400, "text should be a string"},
		{"no text", "application/json", `{"title":"Nothing"}`, 400, "the article has no text"},
		{"blank text", "application/json", `{"text":" \n\t "}`, 400, "the article has no text"},
		{"a bad date", "application/json", `{"text":"Belarus supports Russia.","published":"07/01/2022"}`, 400, `published "07/01/2022" is not a date`},
		{"a javascript URL", "application/json", `{"text":"Belarus supports Russia.","url":"javascript:alert(1)"}`, 400, "should start with https://"},
		{"a long title", "application/json", `{"text":"Belarus supports Russia.","title":"` + strings.Repeat("t", 1001) + `"}`, 400, "title has 1001 characters; at most 1000"},
		{"an id of punctuation", "application/json", `{"text":"Belarus supports Russia.","id":"../.."}`, 400, "no letters or digits"},
		{"deep nesting", "application/json", `{"text":"a","edits":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`, 400, "not valid JSON"},
		{"an unknown action", "application/json", `{"text":"Belarus supports Russia.","edits":[{"action":"delete_everything"}]}`, 400, `action "delete_everything" is not one of reject, hide, rename`},
		{"a rename to nothing", "application/json", `{"text":"Belarus supports Russia.","edits":[{"action":"rename","entity":"state:belarus","name":"!!!"}]}`, 400, "has no letters or digits"},
		{"a long new name", "application/json", `{"text":"Belarus supports Russia.","edits":[{"action":"rename","entity":"state:belarus","name":"` + strings.Repeat("n", 201) + `"}]}`, 400, "over the limit of 200"},
		{"too large", "application/json", `{"text":"` + big + `"}`, 413, "larger than 65536 bytes"},
		{"plain text", "text/plain", "Belarus supports Russia.", 400, "send an article as application/json or files as multipart/form-data"},
		{"no content type", "", "Belarus supports Russia.", 400, "send an article as application/json"},
		{"multipart without boundary", "multipart/form-data", "x", 400, "no boundary"},
		{"multipart, cut short", "multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nBelarus", 400, "malformed"},
		{"multipart, another field", "multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\nx\r\n--XX--\r\n", 400, `field "token"`},
		{"multipart, an executable", "multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"run.exe\"\r\n\r\nMZ\r\n--XX--\r\n", 400, "run.exe: an upload is an article"},
		{"multipart, no name", "multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"..\"\r\n\r\nx\r\n--XX--\r\n", 400, "has no name"},
		// An overlay's name is its layer's origin, keyed with the document id: Neo4j refused more than 4,000
		// bytes of both when the batch was stored, bbolt 32 KiB blaming the document id.
		{"multipart, a name of 256 bytes", "multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + strings.Repeat("x", 243) + ".overlay.yaml\"\r\n\r\ndocument: d1\r\n--XX--\r\n", 400,
			"file 1 of the upload has a name of 256 bytes, over the limit of 255"},
		{"multipart, nothing", "multipart/form-data; boundary=XX", "--XX--\r\n", 400, "no file"},
		{"multipart, invalid UTF-8", "multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nBelarus \xff supports Russia.\r\n--XX--\r\n", 400, "a.txt:1: not valid UTF-8"},
		{"multipart, a hostile overlay", "multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.overlay.yaml\"\r\n\r\n" + strings.Repeat("[", 40000) + "\r\n--XX--\r\n", 400, "a.overlay.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := send(t, ts, http.MethodPost, "/api/documents", tc.contentType, []byte(tc.body), auth...)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %.300s", r.status, tc.status, r.body)
			}
			if _, msg := apiError(t, r); !strings.Contains(msg, tc.want) {
				t.Errorf("message %.300q, want it to hold %q", msg, tc.want)
			}
		})
	}
	if after, _ := store.Stats(context.Background()); after != before {
		t.Errorf("the store changed: %+v → %+v", before, after)
	}
}

// TestTooManyFilesInOneUpload: an upload stops being read at its 101st file.
func TestTooManyFilesInOneUpload(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{})
	var files []string
	for range 101 {
		files = append(files, "a.txt", "x")
	}
	ct, body := multipartBody(t, files...)
	r := send(t, ts, http.MethodPost, "/api/documents", ct, body, "Authorization", "Bearer "+aliceToken)
	if code, msg := apiError(t, r); r.status != http.StatusRequestEntityTooLarge || code != "too_large" || !strings.Contains(msg, "more than 100 files") {
		t.Errorf("%d %s %q", r.status, code, msg)
	}
}

// blockingExtractor reads nothing until released: what an extractor busy with a long article looks like
// to the server.
type blockingExtractor struct {
	started chan struct{}
	release chan struct{}
	once    sync.Once
}

func (x *blockingExtractor) Extract(ctx context.Context, d graph.Document) (graph.Batch, error) {
	x.once.Do(func() { close(x.started) })
	select {
	case <-x.release:
	case <-ctx.Done():
		return graph.Batch{}, ctx.Err()
	}
	return graph.Batch{Document: d, Origin: graph.OriginText}, nil
}

// TestOneIngestAtATimeAndBoundedInTime: while one article is being read, another request waits two
// seconds and gets 503 with Retry-After; an extraction past the ingest timeout is stopped and answered
// 504, and stores nothing.
func TestOneIngestAtATimeAndBoundedInTime(t *testing.T) {
	x := &blockingExtractor{started: make(chan struct{}), release: make(chan struct{})}
	ts, store := newWriteServer(t, server.Config{Extractor: x, IngestTimeout: 10 * time.Second})
	before, _ := store.Stats(context.Background())
	first := make(chan response, 1)
	go func() {
		first <- sendJSON(t, ts, http.MethodPost, "/api/documents", map[string]string{"text": talks})
	}()
	<-x.started
	start := time.Now()
	r := sendJSON(t, ts, http.MethodPost, "/api/documents", map[string]string{"text": "Belarus supports Russia."})
	if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") == "" {
		t.Errorf("a second ingest while one runs: %d (Retry-After %q), want 503: %s", r.status, r.header.Get("Retry-After"), r.body)
	}
	// At least the 2 s it waits; the upper bound leaves room for a loaded machine.
	if waited := time.Since(start); waited < 1900*time.Millisecond || waited > 8*time.Second {
		t.Errorf("it waited %v, want about 2 s", waited)
	}
	r = <-first
	if code, _ := apiError(t, r); r.status != http.StatusGatewayTimeout || code != "timeout" {
		t.Errorf("the extraction that outlived the timeout: %d %s, want 504", r.status, code)
	}
	if after, _ := store.Stats(context.Background()); after != before {
		t.Errorf("the store changed: %+v → %+v", before, after)
	}
	close(x.release)
	if r := sendJSON(t, ts, http.MethodPost, "/api/documents", map[string]string{"text": talks}); r.status != http.StatusCreated {
		t.Errorf("after the timeout, the next ingest: %d: %s", r.status, r.body)
	}
}
