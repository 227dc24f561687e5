package server

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// Editors are the people who may write: each has a name, recorded on what they change, and a token, sent
// as "Authorization: Bearer <token>". Only the SHA-256 of each token is kept. The zero value (or nil) has
// no editor, and a server with none answers every write with 403: reading stays open either way.
type Editors struct {
	list []editor
}

type editor struct {
	name string
	hash [sha256.Size]byte
}

// Bounds on what an editors file may hold. A token shorter than MinTokenLength could be guessed; names
// are recorded on every correction and shown on the page.
const (
	MinTokenLength   = 16
	maxTokenLength   = 512
	maxEditorNameLen = 64
	maxEditors       = 1000
	hashedPrefix     = "sha256:"
)

// DefaultEditorName is the name recorded for the one editor of ACTORGRAPH_EDIT_TOKEN when no name is given.
const DefaultEditorName = "editor"

// Len is the number of editors.
func (e *Editors) Len() int {
	if e == nil {
		return 0
	}
	return len(e.list)
}

// Names lists the editors' names in the order they were added.
func (e *Editors) Names() []string {
	if e == nil {
		return nil
	}
	names := make([]string, len(e.list))
	for i, ed := range e.list {
		names[i] = ed.name
	}
	return names
}

// Add adds an editor with a token, given in clear or as "sha256:" and the hex SHA-256 of the token (so an
// editors file need not hold the tokens themselves). Errors: EINVALID for a name or token that breaks the
// rules, or a name or token another editor has.
func (e *Editors) Add(name, token string) error {
	if err := checkEditorName(name); err != nil {
		return err
	}
	var ed editor
	ed.name = name
	if hexSum, ok := strings.CutPrefix(token, hashedPrefix); ok {
		sum, err := hex.DecodeString(hexSum)
		if err != nil || len(sum) != sha256.Size {
			return graph.Errorf(graph.EINVALID, "the token of editor %s is %q followed by something other than 64 hexadecimal digits", name, hashedPrefix)
		}
		copy(ed.hash[:], sum)
	} else {
		if err := checkToken(token); err != nil {
			return graph.Errorf(graph.EINVALID, "the token of editor %s %s", name, err)
		}
		ed.hash = sha256.Sum256([]byte(token))
	}
	if len(e.list) >= maxEditors {
		return graph.Errorf(graph.EINVALID, "more than %d editors", maxEditors)
	}
	for _, other := range e.list {
		if other.name == name {
			return graph.Errorf(graph.EINVALID, "editor %s is named twice", name)
		}
		if other.hash == ed.hash {
			return graph.Errorf(graph.EINVALID, "editors %s and %s have the same token; each needs their own", other.name, name)
		}
	}
	e.list = append(e.list, ed)
	return nil
}

// checkToken returns why a token given in clear cannot be used, or nil.
func checkToken(token string) error {
	switch {
	case len(token) < MinTokenLength:
		return fmt.Errorf("is shorter than %d characters", MinTokenLength)
	case len(token) > maxTokenLength:
		return fmt.Errorf("is longer than %d characters", maxTokenLength)
	}
	for _, r := range token {
		// A Bearer token is the RFC 6750 token68 alphabet in practice; anything printable and without
		// spaces is accepted, so it travels in a header as it is.
		if r <= ' ' || r >= 0x7f {
			return fmt.Errorf("has a space, a control character or a character outside ASCII; use printable ASCII only")
		}
	}
	return nil
}

// checkEditorName: a name is recorded on every correction and shown on the page and in the log, so it is
// short, and made of letters, digits and . _ - @ only (no spaces, no controls, no bidirectional overrides).
func checkEditorName(name string) error {
	if name == "" {
		return graph.Errorf(graph.EINVALID, "an editor has no name")
	}
	if len(name) > maxEditorNameLen {
		return graph.Errorf(graph.EINVALID, "editor name %q is longer than %d bytes", graph.Clip(name), maxEditorNameLen)
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._-@", r) {
			return graph.Errorf(graph.EINVALID, "editor name %q has %q: use letters, digits and . _ - @ only", graph.Clip(name), r)
		}
	}
	return nil
}

// ParseEditors reads an editors file: one editor a line, the name and the token separated by spaces,
// blank lines and lines starting with # ignored:
//
//	# name   token (or sha256: and the hex SHA-256 of the token)
//	alice    3f9c1e0d5b7a4c2e8f6d0b1a9c7e5d3f
//	bob      sha256:5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8
//
// Errors are EINVALID and name the file and line; the message never repeats a token.
func ParseEditors(file string, data []byte) (*Editors, error) {
	eds := &Editors{}
	lines := bufio.NewScanner(bytes.NewReader(data))
	lines.Buffer(make([]byte, 0, 4096), 4096)
	n := 0
	for lines.Scan() {
		n++
		line := strings.TrimSpace(lines.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 2 {
			return nil, graph.Errorf(graph.EINVALID, "%s:%d: a line is a name and a token separated by spaces; this one has %d words", file, n, len(fields))
		}
		if err := eds.Add(fields[0], fields[1]); err != nil {
			return nil, graph.Errorf(graph.EINVALID, "%s:%d: %s", file, n, graph.ErrorMessage(err))
		}
	}
	if err := lines.Err(); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s:%d: a line is longer than 4096 bytes", file, n+1)
	}
	if eds.Len() == 0 {
		return nil, graph.Errorf(graph.EINVALID, "%s: names no editor", file)
	}
	return eds, nil
}

// lookup returns the name of the editor whose token this is. It hashes the token and compares the hash
// with every editor's in constant time, going through all of them whatever matches, so the time taken
// says nothing about the token or about which editor it is close to.
func (e *Editors) lookup(token string) (string, bool) {
	if e == nil || len(token) > maxTokenLength {
		return "", false
	}
	sum := sha256.Sum256([]byte(token))
	found := -1
	for i := range e.list {
		if subtle.ConstantTimeCompare(sum[:], e.list[i].hash[:]) == 1 {
			found = i
		}
	}
	if found < 0 {
		return "", false
	}
	return e.list[found].name, true
}
