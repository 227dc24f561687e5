package graph_test

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// TestEntityIDLongNames checks that ids of long names are cut to a bounded length and end in a hash of the
// whole slug, while the ids of names of normal length are the slug as before.
func TestEntityIDLongNames(t *testing.T) {
	long := strings.Repeat("Abcdefghij", 1000) // 10,000 characters
	prefix := strings.Repeat("word ", 24)      // 120 characters: the slug kept of longer names
	cyr := strings.Repeat("Жомарт ", 30)       // 210 characters of two bytes
	exactly := strings.Repeat("a", graph.MaxIDSlug)
	hashed := regexp.MustCompile(`-[0-9a-f]{8}$`)

	// Names of normal length, and up to MaxIDSlug characters of slug, keep the slug whole.
	for _, tt := range []struct {
		name string
		want string
	}{
		{"Kassym-Jomart Tokayev", "person:kassym-jomart-tokayev"},
		{"Collective Security Treaty Organization", "person:collective-security-treaty-organization"},
		{"Ev\u202eil\u202c Corp", "person:ev-il-corp"},
		{exactly, "person:" + exactly},
		{strings.Repeat("Ж", graph.MaxIDSlug), "person:" + strings.Repeat("ж", graph.MaxIDSlug)}, // 240 bytes, 120 characters
	} {
		if got := graph.EntityID(graph.Person, tt.name); got != tt.want {
			t.Errorf("EntityID(%.40q) = %q, want %q", tt.name, got, tt.want)
		}
	}

	// Longer names: cut, hashed, stable, valid UTF-8, and distinct when only the part past the cut differs.
	names := []string{
		long,
		long + "x",
		exactly + "b",
		prefix + "alpha",
		prefix + "beta",
		prefix + "alpha beta",
		prefix + strings.Repeat("gamma ", 2000),
		cyr,
		cyr + "Токаев",
	}
	seen := map[string]string{}
	for _, name := range names {
		id := graph.EntityID(graph.Person, name)
		slug := strings.TrimPrefix(id, "person:")
		switch {
		case id != graph.EntityID(graph.Person, name):
			t.Errorf("EntityID(%.40q) is not stable", name)
		case !hashed.MatchString(id):
			t.Errorf("EntityID(%.40q) = %q does not end in a hash", name, id)
		case !utf8.ValidString(id):
			t.Errorf("EntityID(%.40q) = %q is not valid UTF-8", name, id)
		case utf8.RuneCountInString(slug) > graph.MaxIDSlug+9 || utf8.RuneCountInString(slug) <= graph.MaxIDSlug:
			t.Errorf("EntityID(%.40q) has a slug of %d characters", name, utf8.RuneCountInString(slug))
		case !strings.HasPrefix(graph.Slug(name), strings.TrimSuffix(hashed.ReplaceAllString(slug, ""), "-")):
			t.Errorf("EntityID(%.40q) = %q does not start with the name's slug", name, id)
		case strings.Contains(slug, "--"):
			t.Errorf("EntityID(%.40q) = %q has a double hyphen", name, id)
		}
		if prev, ok := seen[id]; ok {
			t.Errorf("%.40q and %.40q both get id %q", prev, name, id)
		}
		seen[id] = name
		// The entity of a name up to MaxNameLength characters is valid, a longer one is refused; either way
		// spelling noise still maps to the same id.
		err := graph.NewEntity(graph.Person, name).Validate()
		if n := utf8.RuneCountInString(name); n <= graph.MaxNameLength && err != nil {
			t.Errorf("NewEntity(%.40q).Validate() = %v", name, err)
		} else if n > graph.MaxNameLength && !strings.Contains(graph.ErrorMessage(err), "characters long, over the limit of 200") {
			t.Errorf("NewEntity(%.40q) of %d characters: Validate() = %v", name, n, err)
		}
		if noisy := graph.EntityID(graph.Person, "  "+strings.ToUpper(name)+"!"); noisy != id {
			t.Errorf("EntityID of %.40q in capitals is %q, want %q", name, noisy, id)
		}
	}
	if id := graph.EntityID(graph.Organization, long); len(id) > 200 {
		t.Errorf("the id of a 10,000-character name has %d bytes", len(id))
	}

	// An entity whose id is its uncut slug fails validation, and the message does not repeat the name whole.
	e := graph.NewEntity(graph.Person, long)
	e.ID = "person:" + graph.Slug(long)
	err := e.Validate()
	if graph.ErrorCode(err) != graph.EINVALID {
		t.Fatalf("Validate of an entity with an uncut id: %v", err)
	}
	if msg := graph.ErrorMessage(err); len(msg) > 600 {
		t.Errorf("the message has %d bytes: %.200s", len(msg), msg)
	}
}

func TestClip(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"person:kassym-jomart-tokayev", "person:kassym-jomart-tokayev"},
		{strings.Repeat("a", graph.MaxQuoted), strings.Repeat("a", graph.MaxQuoted)},
		{strings.Repeat("a", graph.MaxQuoted+1), strings.Repeat("a", graph.MaxQuoted) + "…"},
		{strings.Repeat("ж", graph.MaxQuoted), strings.Repeat("ж", graph.MaxQuoted)},
		{strings.Repeat("ж", 2000), strings.Repeat("ж", graph.MaxQuoted) + "…"},
	} {
		if got := graph.Clip(tt.in); got != tt.want {
			t.Errorf("Clip(%.20q…) = %.20q…, want %.20q…", tt.in, got, tt.want)
		}
	}
}

func TestKindOfIDAndAppendRelationID(t *testing.T) {
	for _, tt := range []struct {
		id   string
		kind graph.Kind
		ok   bool
	}{
		{graph.EntityID(graph.Person, "Xi Jinping"), graph.Person, true},
		{graph.EntityID(graph.Organization, strings.Repeat("Long ", 100)), graph.Organization, true},
		{"no-kind", "no-kind", false},
	} {
		if kind, ok := graph.KindOfID(tt.id); kind != tt.kind || ok != tt.ok {
			t.Errorf("KindOfID(%.30q) = %q, %v; want %q, %v", tt.id, kind, ok, tt.kind, tt.ok)
		}
	}
	from, to := graph.EntityID(graph.Person, "Xi Jinping"), graph.EntityID(graph.State, "Kazakhstan")
	want := graph.RelationID(from, graph.Supports, to)
	if got := string(graph.AppendRelationID([]byte("x"), from, graph.Supports, to)); got != "x"+want {
		t.Errorf("AppendRelationID = %q, want %q", got, "x"+want)
	}
}

// FuzzEntityIDChecked checks that Validate accepts an entity exactly when its id is EntityID of its kind and
// name (or refuses the name itself): names of ASCII, which it checks without building the id, and others.
func FuzzEntityIDChecked(f *testing.F) {
	for _, s := range [][2]string{
		{"Kassym-Jomart Tokayev", "person:kassym-jomart-tokayev"},
		{"Kassym-Jomart Tokayev", "person:kassym-jomart-tokayev-"},
		{"Kassym-Jomart Tokayev", "person:kassymjomart-tokayev"},
		{"Kassym-Jomart Tokayev", "person:kassym-jomart-tokaye"},
		{"O'Brien", "person:obrien"},
		{"  Xi  Jinping!", "person:xi-jinping"},
		{"Xi Jinping", "state:xi-jinping"},
		{"Xi Jinping", "person-xi-jinping"},
		{"Xi Jinping", "person:"},
		{"!!", "person:"},
		{"Žanaözen", "person:zanaozen"},
		{strings.Repeat("word ", 30), "person:" + strings.TrimSuffix(strings.Repeat("word-", 24), "-")},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, name, id string) {
		want := graph.Entity{ID: graph.EntityID(graph.Person, name), Name: name, Kind: graph.Person}
		refused := want.Validate() // only for the name: no letters or digits, or too long
		got := graph.Entity{ID: id, Name: name, Kind: graph.Person}.Validate()
		if ok := refused == nil && id == want.ID; (got == nil) != ok {
			t.Errorf("Entity{ID: %q, Name: %q}.Validate() = %v; EntityID is %q (its own validation: %v)", id, name, got, want.ID, refused)
		}
	})
}
