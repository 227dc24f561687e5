package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is what sort of actor an entity is.
type Kind string

// The kinds of entity. A state is a country as an actor (Russia deploys troops); a place is a location
// (Almaty, the Almaty airport, Central Asia); an outlet is a news agency, newspaper or broadcaster (RIA
// Novosti, Reuters, Xinhua), which reports what the actors do rather than taking a side: RIA Novosti quoted
// Russia's officials and so sat in Russia's bloc.
const (
	Person       Kind = "person"
	State        Kind = "state"
	Organization Kind = "organization"
	Outlet       Kind = "outlet"
	Place        Kind = "place"
)

// Kinds lists every kind, in the order drawings and legends show them.
var Kinds = []Kind{Person, State, Organization, Outlet, Place}

// ParseKind returns the kind named s, or an EINVALID error listing the kinds.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", Errorf(EINVALID, "unknown kind %q (want one of %s)", Clip(s), joinKinds())
}

func joinKinds() string {
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// Entity is an actor: a person, state, organisation, news outlet or place.
type Entity struct {
	// ID is derived from the kind and the canonical name (see EntityID), so the same actor gets the same id
	// on every run and in every store.
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Kind        Kind     `json:"kind"`
	Aliases     []string `json:"aliases"`               // other names for the same actor, sorted; never the Name itself
	Description string   `json:"description,omitempty"` // a short phrase: "President of Kazakhstan"
}

// EntityID returns the stable id of the entity of the given kind and canonical name: the kind, a colon and
// the slug of the name, e.g. "person:kassym-jomart-tokayev". Names that differ only in case, accents or
// punctuation get the same id. A slug longer than MaxIDSlug characters is cut there and ends in a hyphen
// and 8 hex digits of a hash of the whole slug, so ids stay short enough for URLs and keys whatever the
// name.
func EntityID(kind Kind, name string) string {
	return string(kind) + ":" + idSlug(name)
}

// KindOfID reads the kind from an entity id ("person:xi-jinping" is a person) without looking the entity
// up: every stored entity's id is EntityID(kind, name), which Validate enforces. ok is false for an id
// without a colon.
func KindOfID(id string) (kind Kind, ok bool) {
	k, _, ok := strings.Cut(id, ":")
	return Kind(k), ok
}

// MaxIDSlug is how many characters of a name's slug an entity id keeps; longer slugs are cut and hashed.
const MaxIDSlug = 120

// idSlug is the name part of an entity id: Slug(name), cut to MaxIDSlug characters plus a hash of the
// whole slug when longer. Cut slugs are at least MaxIDSlug+8 characters long, so none equals a slug kept
// whole.
func idSlug(name string) string {
	slug := Slug(name)
	if len(slug) <= MaxIDSlug || utf8.RuneCountInString(slug) <= MaxIDSlug {
		return slug
	}
	cut := 0
	for range MaxIDSlug {
		_, n := utf8.DecodeRuneInString(slug[cut:])
		cut += n
	}
	sum := sha256.Sum256([]byte(slug))
	return strings.TrimSuffix(slug[:cut], "-") + "-" + hex.EncodeToString(sum[:4])
}

// asciiSlugIs reports whether slug is Slug(name) of an ASCII name, which foldASCII builds with '-' between
// words, without building it. A non-empty slug of an ASCII name of at most MaxIDSlug bytes is its idSlug.
func asciiSlugIs(name, slug string) bool {
	j, space := 0, false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '\'':
			continue
		default:
			space = true
			continue
		}
		if space && j > 0 {
			if j == len(slug) || slug[j] != '-' {
				return false
			}
			j++
		}
		space = false
		if j == len(slug) || slug[j] != c {
			return false
		}
		j++
	}
	return j > 0 && j == len(slug)
}

// Bounds on an entity's names and description, far above any real one (the longest name in the gazetteer
// has 120 characters, the most names one place has there 18) and low enough for a page, a drawing and a
// search key to show them: a 20,000-character name overflowed the page.
const (
	MaxNameLength        = 200   // characters of a name or an alias
	MaxAliases           = 50    // aliases of one entity in one batch
	MaxDescriptionLength = 2_000 // characters of a description
)

// CheckLength returns an EINVALID error saying that what ("the name", "alias \"X\"") is too long when s
// has more than limit characters, and nil otherwise.
func CheckLength(what, s string, limit int) error {
	if len(s) <= limit {
		return nil
	}
	if n := utf8.RuneCountInString(s); n > limit {
		return Errorf(EINVALID, "%s is %d characters long, over the limit of %d", what, n, limit)
	}
	return nil
}

// Validate reports the first problem that would stop e from being stored.
func (e Entity) Validate() error {
	if _, err := ParseKind(string(e.Kind)); err != nil {
		return Errorf(EINVALID, "entity %q: %s", Clip(e.Name), ErrorMessage(err))
	}
	if err := e.checkLengths(); err != nil {
		return Errorf(EINVALID, "entity %q: %s", Clip(e.Name), ErrorMessage(err))
	}
	// Most names are short and ASCII: their id is checked without building it (building the slug was half
	// of validating a batch in an ingest of a million relationships).
	if k := len(e.Kind); len(e.Name) <= MaxIDSlug && len(e.ID) > k+1 && e.ID[:k] == string(e.Kind) && e.ID[k] == ':' &&
		isASCII(e.Name) && asciiSlugIs(e.Name, e.ID[k+1:]) {
		return nil
	}
	slug := idSlug(e.Name)
	if slug == "" {
		return Errorf(EINVALID, "entity name %q has no letters or digits", Clip(e.Name))
	}
	// e.ID == EntityID(e.Kind, e.Name), without building the id.
	if k := len(e.Kind); len(e.ID) != k+1+len(slug) || e.ID[:k] != string(e.Kind) || e.ID[k] != ':' || e.ID[k+1:] != slug {
		return Errorf(EINVALID, "entity %q: id %q should be %q", Clip(e.Name), Clip(e.ID), Clip(string(e.Kind)+":"+slug))
	}
	return nil
}

func (e Entity) checkLengths() error {
	if err := CheckLength("the name", e.Name, MaxNameLength); err != nil {
		return err
	}
	if len(e.Aliases) > MaxAliases {
		return Errorf(EINVALID, "%d aliases, over the limit of %d", len(e.Aliases), MaxAliases)
	}
	for _, a := range e.Aliases {
		if err := CheckLength("alias "+strconv.Quote(Clip(a)), a, MaxNameLength); err != nil {
			return err
		}
	}
	return CheckLength("the description", e.Description, MaxDescriptionLength)
}

// NewEntity returns an entity with its id set from kind and name.
func NewEntity(kind Kind, name string, aliases ...string) Entity {
	e := Entity{ID: EntityID(kind, name), Name: name, Kind: kind}
	e.Aliases = MergeAliases(name, nil, aliases)
	return e
}

// MergeAliases returns the union of the alias lists, sorted by folded form and then by text, without
// duplicates (names that fold the same are kept once, the first seen in sorted order) and without the
// canonical name itself. It never returns nil, so JSON shows an empty list rather than null.
func MergeAliases(name string, lists ...[]string) []string {
	if !slices.ContainsFunc(lists, func(l []string) bool { return len(l) > 0 }) {
		return []string{}
	}
	seen := map[string]string{Fold(name): name}
	for _, l := range lists {
		for _, a := range l {
			a = strings.TrimSpace(a)
			f := Fold(a)
			if a == "" || f == "" {
				continue
			}
			if prev, ok := seen[f]; !ok || (prev != name && a < prev) {
				seen[f] = a
			}
		}
	}
	delete(seen, Fold(name))
	keys := make([]string, 0, len(seen))
	for f := range seen {
		keys = append(keys, f)
	}
	slices.Sort(keys) // folded forms are unique keys, so this orders the aliases by folded form
	out := make([]string, len(keys))
	for i, f := range keys {
		out[i] = seen[f]
	}
	return out
}
