package overlay

import (
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/yamlnode"
	"go.yaml.in/yaml/v4"
)

// Op is what a correction does.
type Op string

// The corrections an overlay can make to what the extractor read from its document (see the README).
const (
	OpMerge        Op = "merge"         // take an extracted entity for another entity
	OpRename       Op = "rename"        // give an extracted entity another name (and so another id)
	OpSplit        Op = "split"         // undo a merge: keep a name apart from the entity it was merged into
	OpDropEntity   Op = "drop_entity"   // leave an extracted entity and its relationships out
	OpDropRelation Op = "drop_relation" // leave an extracted relationship out
)

// Correction is one entry of an overlay's corrections section. Which fields are set depends on Op:
//
//	merge:         From (an id, name or alias) into Into (an id)
//	rename:        ID to Name
//	split:         Alias, From (an id) and optionally NewName and NewKind
//	drop_entity:   ID
//	drop_relation: ID ("from|TYPE|to")
type Correction struct {
	Op              Op
	From, Into      string
	ID, Name, Alias string
	NewName         string
	NewKind         graph.Kind
	Line, Column    int
}

// Where returns "FILE:LINE", for messages and merge records.
func (c Correction) Where(file string) string {
	return file + ":" + strconv.Itoa(c.Line)
}

func (o *Overlay) parseCorrections(n *yaml.Node) error {
	if n.Kind != yaml.SequenceNode {
		return yamlnode.Errorf(o.File, n, "corrections should be a list")
	}
	ops := []string{string(OpMerge), string(OpRename), string(OpSplit), string(OpDropEntity), string(OpDropRelation)}
	for i, item := range n.Content {
		what := "correction " + strconv.Itoa(i+1)
		m, err := yamlnode.Mapping(o.File, item, what, ops...)
		if err != nil {
			return err
		}
		if len(m) != 1 {
			return yamlnode.Errorf(o.File, item, "%s: give exactly one of %s per list item", what, strings.Join(ops, ", "))
		}
		c := Correction{Line: item.Line, Column: item.Column}
		for op, f := range m {
			c.Op = Op(op)
			what += " (" + op + ")"
			if err := o.parseCorrection(&c, f.Value, what); err != nil {
				return err
			}
		}
		o.Corrections = append(o.Corrections, c)
	}
	return nil
}

func (o *Overlay) parseCorrection(c *Correction, v *yaml.Node, what string) error {
	str := func(m map[string]yamlnode.Field, key string) (string, error) {
		f, ok := m[key]
		if !ok {
			return "", yamlnode.Errorf(o.File, v, "%s: missing %q", what, key)
		}
		s, err := yamlnode.String(o.File, f.Value, what+" "+key)
		if err != nil {
			return "", err
		}
		if s = strings.TrimSpace(s); graph.Fold(s) == "" {
			return "", yamlnode.Errorf(o.File, f.Value, "%s: %s %q has no letters or digits", what, key, s)
		}
		// Every field here is a name, an alias or an id (a kind and at most 128 characters of a name).
		if err := graph.CheckLength(key, s, graph.MaxNameLength); err != nil {
			return "", yamlnode.Errorf(o.File, f.Value, "%s: %s", what, graph.ErrorMessage(err))
		}
		return s, nil
	}
	id := func(m map[string]yamlnode.Field, key string) (string, error) {
		s, err := str(m, key)
		if err != nil {
			return "", err
		}
		if err := checkEntityID(s); err != nil {
			return "", yamlnode.Errorf(o.File, m[key].Value, "%s: %s %s", what, key, graph.ErrorMessage(err))
		}
		return s, nil
	}
	var err error
	switch c.Op {
	case OpDropEntity, OpDropRelation:
		if c.ID, err = yamlnode.String(o.File, v, what); err != nil {
			return err
		}
		c.ID = strings.TrimSpace(c.ID)
		if c.Op == OpDropEntity {
			if err := checkEntityID(c.ID); err != nil {
				return yamlnode.Errorf(o.File, v, "%s: %s", what, graph.ErrorMessage(err))
			}
			return nil
		}
		parts := strings.Split(c.ID, "|")
		if len(parts) != 3 {
			return yamlnode.Errorf(o.File, v, "%s: %q is not a relationship id (FROM|TYPE|TO, e.g. state:russia|LEASES_FROM|state:kazakhstan)", what, c.ID)
		}
		if _, ok := graph.RelType(parts[1]).Info(); !ok {
			return yamlnode.Errorf(o.File, v, "%s: unknown relationship type %q", what, parts[1])
		}
		for _, p := range []string{parts[0], parts[2]} {
			if err := checkEntityID(p); err != nil {
				return yamlnode.Errorf(o.File, v, "%s: %s", what, graph.ErrorMessage(err))
			}
		}
		return nil
	case OpMerge:
		m, err := yamlnode.Mapping(o.File, v, what, "from", "into")
		if err != nil {
			return err
		}
		if c.From, err = str(m, "from"); err != nil {
			return err
		}
		c.Into, err = id(m, "into")
		return err
	case OpRename:
		m, err := yamlnode.Mapping(o.File, v, what, "id", "name")
		if err != nil {
			return err
		}
		if c.ID, err = id(m, "id"); err != nil {
			return err
		}
		c.Name, err = str(m, "name")
		return err
	case OpSplit:
		m, err := yamlnode.Mapping(o.File, v, what, "alias", "from", "into_new")
		if err != nil {
			return err
		}
		if c.Alias, err = str(m, "alias"); err != nil {
			return err
		}
		if c.From, err = id(m, "from"); err != nil {
			return err
		}
		f, ok := m["into_new"]
		if !ok {
			return nil
		}
		nm, err := yamlnode.Mapping(o.File, f.Value, what+" into_new", "name", "kind")
		if err != nil {
			return err
		}
		if c.NewName, err = str(nm, "name"); err != nil {
			return err
		}
		kind, err := str(nm, "kind")
		if err != nil {
			return err
		}
		if c.NewKind, err = graph.ParseKind(kind); err != nil {
			return yamlnode.Errorf(o.File, nm["kind"].Value, "%s: %s", what, graph.ErrorMessage(err))
		}
	}
	return nil
}

// checkEntityID checks that s has the form of an entity id: a kind, a colon and a name.
func checkEntityID(s string) error {
	kind, name, ok := strings.Cut(s, ":")
	if !ok {
		return graph.Errorf(graph.EINVALID, "%q is not an entity id (KIND:NAME, e.g. person:kassym-jomart-tokayev)", s)
	}
	if _, err := graph.ParseKind(kind); err != nil {
		return graph.Errorf(graph.EINVALID, "%q: %s", s, graph.ErrorMessage(err))
	}
	if graph.Slug(name) == "" {
		return graph.Errorf(graph.EINVALID, "%q has no name after the kind", s)
	}
	return nil
}
