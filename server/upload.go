package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/article"
	"github.com/actorgraph/actorgraph/ingest/overlay"
	"github.com/labstack/echo/v4"
)

// Bounds on articles sent to a running server. The extractor reads about 100 KB of news a second on this
// kind of machine with others at work (1 MiB of the corpus took 10.5 s in `actorgraph extract`), so a body
// of 2 MiB is extracted well within DefaultIngestTimeout; larger folders go a few files a request
// (`actorgraph ingest --server` does that).
const (
	// DefaultMaxDocumentBytes bounds the body of POST /api/documents.
	DefaultMaxDocumentBytes = 2 << 20
	// DefaultIngestTimeout bounds one POST /api/documents: reading, extracting, resolving and storing.
	DefaultIngestTimeout = 30 * time.Second
	// maxUploadFiles bounds the files of one multipart upload.
	maxUploadFiles = 100
	// maxUploadName bounds an uploaded file's name in bytes, as most file systems do: an overlay's name is
	// its layer's origin, which the stores key with the document id (Neo4j takes 4,000 bytes of both,
	// bbolt 32 KiB), and an article's makes its id when it gives none.
	maxUploadName = 255
	// maxEdits bounds the corrections sent with an article.
	maxEdits = 1000
	// ingestQueueWait is how long a request waits for the ingest in progress before it gets 503.
	ingestQueueWait = 2 * time.Second
	// maxIDLen bounds an entity or relationship id in an edit: a relationship's is two entity ids
	// (kind, colon and at most graph.MaxIDSlug) and a type.
	maxIDLen = 2*(graph.MaxIDSlug+16) + 64
)

// ArticleFetcher fetches an article from the web: *fetch.Fetcher, which refuses private addresses, big
// pages and slow sites unless configured otherwise.
type ArticleFetcher interface {
	Article(ctx context.Context, link string) (graph.Document, error)
}

// documentRequest is the JSON of POST /api/documents: the article, and what the editor corrected in the
// preview of what the extractor found in it. An article with a url and no text is fetched from the url.
type documentRequest struct {
	article.Fields
	Edits []edit `json:"edits,omitempty"`
	// Reason says why the edits were made: once the article is stored they are recorded as corrections
	// with it and the editor's name (see recordEdits).
	Reason string `json:"reason,omitempty"`
}

// edit is one correction to what the extractor read from the article sent with it:
// {"action":"reject","relation":ID}, {"action":"hide","entity":ID}, {"action":"rename","entity":ID,"name":N}.
type edit struct {
	Action   string `json:"action"`
	Entity   string `json:"entity,omitempty"`
	Relation string `json:"relation,omitempty"`
	Name     string `json:"name,omitempty"`
}

// ingestAnswer is what POST /api/documents answers: for each document, every layer built from it (the
// extractor's reading of the text first, then each overlay's), what it merged, and the store's counts.
type ingestAnswer struct {
	Preview   bool             `json:"preview,omitempty"`
	Documents []documentAnswer `json:"documents"`
	Before    graph.Stats      `json:"before"`
	After     graph.Stats      `json:"after"`
	Failed    int              `json:"failed"`
	// Corrections are the edits sent with the article, recorded once it was stored.
	Corrections []graph.Correction `json:"corrections,omitempty"`
}

type documentAnswer struct {
	ingest.DocReport
	Layers []graph.Batch `json:"layers"`
}

// postDocuments answers POST /api/documents: an article as JSON, or article and overlay files as a
// multipart upload (field "file"), read by the extractor and stored at once (preview=1: only read, and
// answered with what would be stored). A document whose id the store holds with other text is refused
// with 409 unless replace=1.
func (s *Server) postDocuments(c echo.Context) error {
	preview, err := boolParam(c, "preview")
	if err != nil {
		return err
	}
	replace, err := boolParam(c, "replace")
	if err != nil {
		return err
	}
	if s.extractor == nil {
		return graph.Errorf(graph.EUNAVAILABLE, "this server has no extractor to read articles with")
	}
	mt, params, err := mime.ParseMediaType(c.Request().Header.Get(echo.HeaderContentType))
	if err != nil {
		mt = ""
	}
	var (
		articles []ingest.Article
		files    []ingest.File
		reason   string // of the edits
	)
	fetched := false
	switch mt {
	case echo.MIMEApplicationJSON:
		a, link, why, err := readArticleJSON(c.Request().Body)
		if err != nil {
			return err
		}
		reason = why
		if link != "" {
			if a.Document, err = s.fetchArticle(c.Request().Context(), link); err != nil {
				return err
			}
			a.Name, fetched = link, true
		}
		articles = []ingest.Article{a}
	case echo.MIMEMultipartForm:
		if files, err = readUploads(c.Request().Body, params["boundary"]); err != nil {
			return err
		}
	default:
		return graph.Errorf(graph.EINVALID, "send an article as application/json or files as multipart/form-data, not %q", graph.Clip(c.Request().Header.Get(echo.HeaderContentType)))
	}

	ctx := c.Request().Context()
	release, err := s.admitIngest(ctx)
	if err != nil {
		return err
	}
	defer release()
	if !replace {
		if err := s.checkNotReplacing(ctx, articles, files); err != nil {
			return err
		}
	}
	in := ingest.Ingester{Store: s.store, Extractor: s.extractor, Logger: s.log, DryRun: preview}
	var (
		rep   ingest.Report
		edits *pendingEdits
	)
	if files != nil {
		rep, err = in.Ingest(ctx, files)
	} else {
		if !preview {
			if edits, err = s.prepareEdits(ctx, in, articles, reason); err != nil {
				return err
			}
		}
		rep, err = in.IngestArticles(ctx, articles)
	}
	if err != nil {
		return err
	}
	if rep.Failed == len(rep.Documents) {
		return rep.Err()
	}
	ans := ingestAnswer{Preview: preview, Before: rep.Before, After: rep.After, Failed: rep.Failed}
	if edits != nil && rep.Failed == 0 {
		if ans.Corrections, err = s.recordEdits(ctx, edits, editorOf(c)); err != nil {
			return err
		}
		if ans.After, err = s.store.Stats(ctx); err != nil {
			return err
		}
	}
	if preview {
		ans.After = rep.Before
	}
	stored := false
	for _, d := range rep.Documents {
		da := documentAnswer{DocReport: d, Layers: make([]graph.Batch, 0, len(d.Batches))}
		for _, b := range d.Batches {
			b.Normalize()
			if !fetched {
				b.Document.Text = "" // the client sent it; GET /api/documents/:id gives it back
			}
			da.Layers = append(da.Layers, b)
		}
		stored = stored || (d.Error == "" && !d.Unchanged)
		ans.Documents = append(ans.Documents, da)
	}
	if !preview {
		s.log.Info("documents ingested", "editor", editorOf(c), "documents", len(rep.Documents)-rep.Failed, "failed", rep.Failed)
	}
	status := http.StatusOK
	if stored && !preview {
		status = http.StatusCreated
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(status, ans)
}

// fetchArticle fetches the article at link for POST /api/documents.
func (s *Server) fetchArticle(ctx context.Context, link string) (graph.Document, error) {
	if s.fetcher == nil {
		return graph.Document{}, graph.Errorf(graph.EUNAVAILABLE, "this server does not fetch links; paste the article's text instead")
	}
	doc, err := s.fetcher.Article(ctx, link)
	if err != nil {
		return graph.Document{}, err
	}
	s.log.Info("article fetched", "url", link, "document", doc.ID, "bytes", len(doc.Text))
	return doc, nil
}

// readArticleJSON decodes one documentRequest, refusing unknown fields and anything after it. A request
// with a url and no text asks for the article at the url: readArticleJSON returns the link, and an
// Article with only the edits.
func readArticleJSON(body io.Reader) (ingest.Article, string, string, error) {
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var req documentRequest
	if err := dec.Decode(&req); err != nil {
		return ingest.Article{}, "", "", jsonError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return ingest.Article{}, "", "", graph.Errorf(graph.EINVALID, "the body holds more than one JSON value")
	}
	var (
		a    ingest.Article
		link string
	)
	if link = strings.TrimSpace(req.URL); link != "" && strings.TrimSpace(req.Text) == "" {
		if req.ID != "" || req.Title != "" || req.Published != "" || req.Source != "" {
			return a, "", "", graph.Errorf(graph.EINVALID, "a url without text is fetched, and the page gives the id, title, date and source: send only the url (and edits), or the text with them")
		}
	} else {
		link = ""
		doc, err := article.FromFields("the article", req.Fields)
		if err != nil {
			return a, "", "", err
		}
		a = ingest.Article{Name: "the article " + doc.ID, Document: doc}
	}
	if len(req.Edits) > maxEdits {
		return a, "", "", graph.Errorf(graph.EINVALID, "%d edits; at most %d", len(req.Edits), maxEdits)
	}
	for i, e := range req.Edits {
		c, err := e.correction(i + 1)
		if err != nil {
			return a, "", "", err
		}
		a.Corrections = append(a.Corrections, c)
	}
	return a, link, req.Reason, nil
}

// correction turns the n-th edit into the overlay correction that does it; its Line is n, so errors say
// "the article ID:n: ...".
func (e edit) correction(n int) (overlay.Correction, error) {
	c := overlay.Correction{Line: n}
	fail := func(format string, args ...any) error {
		return graph.Errorf(graph.EINVALID, "edit %d (%s): %s", n, e.Action, fmt.Sprintf(format, args...))
	}
	switch e.Action {
	case "reject":
		if e.Relation == "" || e.Entity != "" || e.Name != "" {
			return c, fail("give the relation's id, and nothing else")
		}
		c.Op, c.ID = overlay.OpDropRelation, e.Relation
	case "hide":
		if e.Entity == "" || e.Relation != "" || e.Name != "" {
			return c, fail("give the entity's id, and nothing else")
		}
		c.Op, c.ID = overlay.OpDropEntity, e.Entity
	case "rename":
		if e.Entity == "" || e.Relation != "" || strings.TrimSpace(e.Name) == "" {
			return c, fail("give the entity's id and its new name")
		}
		if err := graph.CheckLength("the name", e.Name, graph.MaxNameLength); err != nil {
			return c, fail("%s", graph.ErrorMessage(err))
		}
		if graph.Slug(e.Name) == "" {
			return c, fail("the name %q has no letters or digits", graph.Clip(e.Name))
		}
		c.Op, c.ID, c.Name = overlay.OpRename, e.Entity, strings.TrimSpace(e.Name)
	default:
		return c, graph.Errorf(graph.EINVALID, "edit %d: action %q is not one of reject, hide, rename", n, graph.Clip(e.Action))
	}
	if len(c.ID) > maxIDLen {
		return c, fail("the id is longer than %d bytes", maxIDLen)
	}
	return c, nil
}

// jsonError says what is wrong with a JSON body, and where.
func jsonError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return graph.Errorf(graph.ETOOLARGE, "the request body is larger than %d bytes", tooBig.Limit)
	case errors.As(err, &syn):
		return graph.Errorf(graph.EINVALID, "the body is not valid JSON at byte %d: %s", syn.Offset, syn.Error())
	case errors.As(err, &typ):
		return graph.Errorf(graph.EINVALID, "the body's %s should be a %s, at byte %d", graph.Clip(typ.Field), typ.Type, typ.Offset)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return graph.Errorf(graph.EINVALID, "the body is empty or cut short")
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return graph.Errorf(graph.EINVALID, "the body has an unknown field %s", graph.Clip(strings.TrimPrefix(err.Error(), "json: unknown field ")))
	}
	return graph.Errorf(graph.EINVALID, "the body is not the JSON expected: %s", graph.Clip(err.Error()))
}

// readUploads reads the files of a multipart body, field "file": articles (.txt, .md, .html, .htm) and
// overlays (.overlay.yaml, .overlay.yml). A file keeps only its base name. Other fields are errors.
func readUploads(body io.Reader, boundary string) ([]ingest.File, error) {
	if boundary == "" {
		return nil, graph.Errorf(graph.EINVALID, "the multipart body has no boundary")
	}
	mr := multipart.NewReader(body, boundary)
	var files []ingest.File
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, uploadError(err)
		}
		if part.FormName() != "file" {
			return nil, graph.Errorf(graph.EINVALID, "the upload has a field %q; send files as \"file\"", graph.Clip(part.FormName()))
		}
		if len(files) == maxUploadFiles {
			return nil, graph.Errorf(graph.ETOOLARGE, "more than %d files in one upload", maxUploadFiles)
		}
		name := uploadName(part.FileName())
		if name == "" {
			return nil, graph.Errorf(graph.EINVALID, "file %d of the upload has no name", len(files)+1)
		}
		if len(name) > maxUploadName {
			return nil, graph.Errorf(graph.EINVALID, "file %d of the upload has a name of %d bytes, over the limit of %d", len(files)+1, len(name), maxUploadName)
		}
		if !ingest.Accepts(name) {
			return nil, graph.Errorf(graph.EINVALID, "%s: an upload is an article (.txt, .md, a saved web page .html, .htm; not a README) or an overlay (.overlay.yaml)", graph.Clip(name))
		}
		var buf bytes.Buffer
		if _, err := buf.ReadFrom(part); err != nil {
			return nil, uploadError(err)
		}
		files = append(files, ingest.File{Name: name, Data: buf.Bytes()})
	}
	if len(files) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "the upload has no file")
	}
	return files, nil
}

// uploadName is the base name of an uploaded file, whatever path a client put in it ("../../etc/x.txt" is
// "x.txt"), with Windows separators too; names with control characters are kept as they are and shown
// escaped wherever they are printed.
func uploadName(name string) string {
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	if name == "." || name == "/" || name == ".." {
		return ""
	}
	return name
}

func uploadError(err error) error {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return graph.Errorf(graph.ETOOLARGE, "the request body is larger than %d bytes", tooBig.Limit)
	}
	return graph.Errorf(graph.EINVALID, "the multipart body is malformed: %s", graph.Clip(err.Error()))
}

// checkNotReplacing refuses an article whose id the store holds with other text: a pasted article whose
// title makes the id of one already stored must not replace it unasked.
func (s *Server) checkNotReplacing(ctx context.Context, articles []ingest.Article, files []ingest.File) error {
	for _, f := range files {
		if f.IsOverlay() {
			continue
		}
		d, err := f.Article()
		if err != nil {
			continue // Ingest reports it with the file's other errors
		}
		articles = append(articles, ingest.Article{Name: f.Name, Document: d})
	}
	for _, a := range articles {
		stored, err := s.store.Document(ctx, a.Document.ID)
		switch {
		case graph.ErrorCode(err) == graph.ENOTFOUND:
			continue
		case err != nil:
			return err
		case stored.Hash != a.Document.Hash:
			return graph.Errorf(graph.ECONFLICT, "%s: the store holds document %q with other text; give this one another id, or send replace=1 to replace it", graph.Clip(a.Name), a.Document.ID)
		}
	}
	return nil
}

// admitIngest lets one ingest run at a time: the extractor takes a core and memory in proportion to the
// text, and the embedded store writes one transaction at a time anyway. A request that finds one running
// waits up to ingestQueueWait, then gets 503.
func (s *Server) admitIngest(ctx context.Context) (func(), error) {
	t := time.NewTimer(ingestQueueWait)
	defer t.Stop()
	select {
	case s.ingesting <- struct{}{}:
		return func() { <-s.ingesting }, nil
	case <-t.C:
		return nil, graph.Errorf(graph.EUNAVAILABLE, "the server is reading another article; try again in a few seconds")
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
