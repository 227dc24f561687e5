// Package overlay reads curated overlays: YAML files in which an analyst states the entities a document
// names and the relationships it states, each backed by a sentence quoted from the document. Overlays are
// how analysts correct and extend what the extractor finds; the README documents the format.
//
// Every problem is reported as an EINVALID error that names the file, the line and the column.
package overlay

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/yamlnode"
	"go.yaml.in/yaml/v4"
)

// MaxSize is the largest overlay accepted.
const MaxSize = 4 << 20

// Overlay is a parsed overlay file.
type Overlay struct {
	File string // as given to Parse; used in messages
	// Path is what the store keeps of the file's name, in the rule of each piece of evidence ("overlay
	// PATH:LINE"): Parse sets the base name of File, and ingest the path within the folder it was given,
	// so that no stored rule says where the files were on the machine that ingested them.
	Path      string
	Document  string // id of the document the evidence quotes
	Entities  []Entity
	Relations []Relation
	// Corrections change what the extractor read from the document: see corrections.go.
	Corrections []Correction
	// EditorCorrections are corrections made in the app, to the whole graph: see editors.go. An overlay
	// that holds only those needs no document.
	EditorCorrections []EditorCorrection
}

// Entity is an entity as the overlay states it.
type Entity struct {
	Name        string
	Kind        graph.Kind
	Aliases     []string
	Description string
	Line        int
}

// Relation is a relationship as the overlay states it. From and To are names, aliases or ids.
type Relation struct {
	From, To string
	Type     graph.RelType
	Stance   graph.Stance // empty: the type's default
	// Claim names who claims the relationship when its sentences report a claim rather than a fact: a
	// name, alias or id like From and To, or graph.ClaimUnattributed. Empty for a fact.
	Claim    string
	Evidence []Quote
	Line     int
}

// Quote is an evidence sentence. Occurrence picks among repeated occurrences of the same text (from 1).
type Quote struct {
	Text       string
	Occurrence int
	Line       int
}

// Parse reads an overlay. file names it in errors.
func Parse(file string, data []byte) (*Overlay, error) {
	if len(data) > MaxSize {
		return nil, graph.Errorf(graph.ETOOLARGE, "%s: %d bytes is over the %d-byte limit for an overlay", file, len(data), MaxSize)
	}
	root, err := yamlnode.Parse(file, data, 0)
	if err != nil {
		return nil, err
	}
	top, err := yamlnode.Mapping(file, root, "overlay", "document", "entities", "relations", "corrections", "editor_corrections")
	if err != nil {
		return nil, err
	}
	o := &Overlay{File: file, Path: filepath.Base(file)}
	if f, ok := top["editor_corrections"]; ok {
		if err := o.parseEditorCorrections(f.Value); err != nil {
			return nil, err
		}
		_, e := top["entities"]
		_, r := top["relations"]
		_, c := top["corrections"]
		if _, d := top["document"]; !d && !e && !r && !c {
			return o, nil
		}
	}
	f, ok := top["document"]
	if !ok {
		return nil, yamlnode.Errorf(file, root, "overlay: missing \"document\" (the id of the document its evidence quotes)")
	}
	if o.Document, err = yamlnode.String(file, f.Value, "document"); err != nil {
		return nil, err
	}
	// The stores refuse such ids (graph.Document.Validate); saying so here names the line. An empty one
	// was worse: ingest keeps only overlays about a document, and dropped the file's relations unsaid.
	if graph.Slug(o.Document) == "" {
		return nil, yamlnode.Errorf(file, f.Value, "document id %q has no letters or digits", o.Document)
	}
	if len(o.Document) > graph.MaxDocumentIDLen {
		return nil, yamlnode.Errorf(file, f.Value, "document id is %d bytes long, over the limit of %d", len(o.Document), graph.MaxDocumentIDLen)
	}
	if f, ok := top["entities"]; ok {
		if err := o.parseEntities(f.Value); err != nil {
			return nil, err
		}
	}
	if f, ok := top["relations"]; ok {
		if err := o.parseRelations(f.Value); err != nil {
			return nil, err
		}
	}
	if f, ok := top["corrections"]; ok {
		if err := o.parseCorrections(f.Value); err != nil {
			return nil, err
		}
	}
	return o, nil
}

func (o *Overlay) parseEntities(n *yaml.Node) error {
	if n.Kind != yaml.SequenceNode {
		return yamlnode.Errorf(o.File, n, "entities should be a list")
	}
	names := map[string]string{} // folded name or alias → the entity that has it
	for i, item := range n.Content {
		what := "entity " + strconv.Itoa(i+1)
		m, err := yamlnode.Mapping(o.File, item, what, "name", "kind", "aliases", "description")
		if err != nil {
			return err
		}
		e := Entity{Line: item.Line}
		for _, req := range []string{"name", "kind"} {
			if _, ok := m[req]; !ok {
				return yamlnode.Errorf(o.File, item, "%s: missing %q", what, req)
			}
		}
		if e.Name, err = yamlnode.String(o.File, m["name"].Value, what+" name"); err != nil {
			return err
		}
		e.Name = strings.TrimSpace(e.Name)
		if graph.Fold(e.Name) == "" {
			return yamlnode.Errorf(o.File, m["name"].Value, "%s: name %q has no letters or digits", what, e.Name)
		}
		if err := graph.CheckLength("the name", e.Name, graph.MaxNameLength); err != nil {
			return yamlnode.Errorf(o.File, m["name"].Value, "%s: %s", what, graph.ErrorMessage(err))
		}
		what = "entity " + strconv.Quote(e.Name)
		kind, err := yamlnode.String(o.File, m["kind"].Value, what+" kind")
		if err != nil {
			return err
		}
		if e.Kind, err = graph.ParseKind(kind); err != nil {
			return yamlnode.Errorf(o.File, m["kind"].Value, "%s: %s", what, graph.ErrorMessage(err))
		}
		if f, ok := m["aliases"]; ok {
			if e.Aliases, err = o.parseAliases(f.Value, what); err != nil {
				return err
			}
		}
		if f, ok := m["description"]; ok {
			if e.Description, err = yamlnode.String(o.File, f.Value, what+" description"); err != nil {
				return err
			}
			if err := graph.CheckLength("the description", e.Description, graph.MaxDescriptionLength); err != nil {
				return yamlnode.Errorf(o.File, f.Value, "%s: %s", what, graph.ErrorMessage(err))
			}
		}
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			key := graph.Fold(name)
			if key == "" {
				return yamlnode.Errorf(o.File, item, "%s: alias %q has no letters or digits", what, name)
			}
			if prev, ok := names[key]; ok && prev != e.Name {
				return yamlnode.Errorf(o.File, item, "%s: the name %q is already used by entity %s, so relations could not tell them apart", what, name, strconv.Quote(prev))
			} else if ok && name == e.Name {
				return yamlnode.Errorf(o.File, item, "%s is listed twice", what)
			}
			names[key] = e.Name
		}
		o.Entities = append(o.Entities, e)
	}
	return nil
}

// parseAliases reads an entity's aliases (a list, or one alias), within the bounds a store accepts.
func (o *Overlay) parseAliases(n *yaml.Node, what string) ([]string, error) {
	aliases, err := yamlnode.Strings(o.File, n, what+" aliases")
	if err != nil {
		return nil, err
	}
	if len(aliases) > graph.MaxAliases {
		return nil, yamlnode.Errorf(o.File, n, "%s: %d aliases, over the limit of %d", what, len(aliases), graph.MaxAliases)
	}
	for i, a := range aliases {
		if err := graph.CheckLength("alias "+strconv.Quote(graph.Clip(a)), a, graph.MaxNameLength); err != nil {
			at := n
			if n.Kind == yaml.SequenceNode {
				at = n.Content[i]
			}
			return nil, yamlnode.Errorf(o.File, at, "%s: %s", what, graph.ErrorMessage(err))
		}
	}
	return aliases, nil
}

func (o *Overlay) parseRelations(n *yaml.Node) error {
	if n.Kind != yaml.SequenceNode {
		return yamlnode.Errorf(o.File, n, "relations should be a list")
	}
	for i, item := range n.Content {
		what := "relation " + strconv.Itoa(i+1)
		m, err := yamlnode.Mapping(o.File, item, what, "from", "type", "to", "stance", "claim", "evidence")
		if err != nil {
			return err
		}
		for _, req := range []string{"from", "type", "to", "evidence"} {
			if _, ok := m[req]; !ok {
				return yamlnode.Errorf(o.File, item, "%s: missing %q", what, req)
			}
		}
		r := Relation{Line: item.Line}
		if r.From, err = o.reference(m["from"].Value, what+": from"); err != nil {
			return err
		}
		if r.To, err = o.reference(m["to"].Value, what+": to"); err != nil {
			return err
		}
		typ, err := yamlnode.String(o.File, m["type"].Value, what+" type")
		if err != nil {
			return err
		}
		info, err := graph.LookupRelType(typ)
		if err != nil {
			return yamlnode.Errorf(o.File, m["type"].Value, "%s: %s", what, graph.ErrorMessage(err))
		}
		r.Type = info.Type
		if f, ok := m["stance"]; ok {
			s, err := yamlnode.String(o.File, f.Value, what+" stance")
			if err != nil {
				return err
			}
			if r.Stance, err = graph.ParseStance(s); err != nil {
				return yamlnode.Errorf(o.File, f.Value, "%s: %s", what, graph.ErrorMessage(err))
			}
		}
		if f, ok := m["claim"]; ok {
			if r.Claim, err = o.reference(f.Value, what+": claim"); err != nil {
				return err
			}
			if r.Claim = strings.TrimSpace(r.Claim); r.Claim == "" {
				return yamlnode.Errorf(o.File, f.Value, "%s: claim is empty; name who makes the claim, or write %q", what, graph.ClaimUnattributed)
			}
		}
		if r.Evidence, err = o.parseEvidence(m["evidence"].Value, what); err != nil {
			return err
		}
		o.Relations = append(o.Relations, r)
	}
	return nil
}

// reference reads what names an entity (a name, an alias or an id): text no longer than a name may be.
func (o *Overlay) reference(n *yaml.Node, what string) (string, error) {
	s, err := yamlnode.String(o.File, n, what)
	if err != nil {
		return "", err
	}
	if err := graph.CheckLength(what, s, graph.MaxNameLength); err != nil {
		return "", yamlnode.Errorf(o.File, n, "%s", graph.ErrorMessage(err))
	}
	return s, nil
}

func (o *Overlay) parseEvidence(n *yaml.Node, what string) ([]Quote, error) {
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	}
	if len(items) == 0 {
		return nil, yamlnode.Errorf(o.File, n, "%s: evidence is empty; quote at least one sentence", what)
	}
	var quotes []Quote
	for _, item := range items {
		q := Quote{Occurrence: 1, Line: item.Line}
		var err error
		if item.Kind == yaml.MappingNode {
			m, err := yamlnode.Mapping(o.File, item, what+" evidence", "quote", "occurrence")
			if err != nil {
				return nil, err
			}
			f, ok := m["quote"]
			if !ok {
				return nil, yamlnode.Errorf(o.File, item, "%s: evidence is missing \"quote\"", what)
			}
			if q.Text, err = yamlnode.String(o.File, f.Value, what+" quote"); err != nil {
				return nil, err
			}
			if f, ok := m["occurrence"]; ok {
				if q.Occurrence, err = yamlnode.Int(o.File, f.Value, what+" occurrence"); err != nil {
					return nil, err
				}
				if q.Occurrence < 1 {
					return nil, yamlnode.Errorf(o.File, f.Value, "%s: occurrence counts from 1", what)
				}
			} else {
				q.Occurrence = 0 // not given: the quote must be unique
			}
		} else {
			if q.Text, err = yamlnode.String(o.File, item, what+" evidence"); err != nil {
				return nil, err
			}
			q.Occurrence = 0
		}
		if strings.TrimSpace(q.Text) == "" {
			return nil, yamlnode.Errorf(o.File, item, "%s: an evidence quote is empty", what)
		}
		quotes = append(quotes, q)
	}
	return quotes, nil
}

// Origin is the batch origin of the overlay: "overlay:" and the file's base name, so re-ingesting the same
// file replaces what it said before.
func (o *Overlay) Origin() string {
	return graph.OriginOverlay + filepath.Base(o.File)
}
