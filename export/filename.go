package export

import (
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// maxNamePart bounds the entity name in a download's name, so the whole stays well within every file
// system's limit and the depth stays visible.
const maxNamePart = 48

// Filename returns the name to save an export of sg in the format as, e.g.
// "actorgraph-collective-security-treaty-organization-depth2.graphml"; "csv-nodes" gives "...-nodes.csv".
// It is ASCII letters, digits and hyphens before the extension, so it fits a Content-Disposition header as
// it is, and deterministic. An unknown format gets no extension.
func Filename(sg graph.Subgraph, format string) string {
	base := baseName(sg)
	f, err := Lookup(format)
	if err != nil {
		return base
	}
	switch f.Name {
	case CSVNodes:
		return base + "-nodes.csv"
	case CSVEdges:
		return base + "-edges.csv"
	case CSVDocuments:
		return base + "-documents.csv"
	}
	return base + f.Extension
}

// baseName names an export after its first focus entity, by name where the subgraph holds it.
func baseName(sg graph.Subgraph) string {
	name := "graph"
	if len(sg.Focus) > 0 {
		name = sg.Focus[0]
		for _, e := range sg.Entities {
			if e.ID == sg.Focus[0] {
				name = e.Name
				break
			}
		}
		if s := asciiSlug(name); s != "" {
			name = s
		} else if s := asciiSlug(sg.Focus[0]); s != "" {
			name = s // a name in another script: its id may still say the kind
		} else {
			name = "graph"
		}
		if len(name) > maxNamePart {
			name = name[:maxNamePart]
			if i := strings.LastIndexByte(name, '-'); i > 0 {
				name = name[:i] // end at a word
			}
		}
	}
	var b strings.Builder
	b.WriteString("actorgraph-")
	b.WriteString(name)
	if n := len(sg.Focus); n > 1 {
		b.WriteString("-and-" + strconv.Itoa(n-1) + "-more")
	}
	if sg.Depth > 0 {
		b.WriteString("-depth" + strconv.Itoa(sg.Depth))
	}
	return b.String()
}

// asciiSlug keeps the ASCII letters and digits of graph.Slug(s), hyphens between words.
func asciiSlug(s string) string {
	var b strings.Builder
	for _, r := range graph.Slug(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '-' && b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteRune(r)
		}
	}
	return strings.Trim(b.String(), "-")
}
