package fetch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"net/url"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// robotsTTL is how long a site's robots.txt is kept.
const robotsTTL = time.Hour

// maxRobots is the most of a robots.txt read: RFC 9309 asks crawlers to read at least 500 KiB.
const maxRobots = 512 << 10

// robotsToken is the product token matched against robots.txt's User-agent lines.
const robotsToken = "actorgraph"

type robotsEntry struct {
	rules   robots
	fetched time.Time
}

// robots holds the rules of the group that applies to us. all is set for "disallow everything" (the
// robots.txt could not be read because of the site's error, RFC 9309 section 2.3.1.4).
type robots struct {
	rules []robotsRule
	all   bool
}

type robotsRule struct {
	allow   bool
	pattern string
}

// checkRobots fetches (or recalls) the robots.txt of u's site and fails when it forbids u.
func (f *Fetcher) checkRobots(ctx context.Context, u *url.URL) error {
	site := u.Scheme + "://" + u.Host
	f.mu.Lock()
	e, ok := f.robots[site]
	f.mu.Unlock()
	if !ok || time.Since(e.fetched) > robotsTTL {
		e = robotsEntry{rules: f.fetchRobots(ctx, site), fetched: time.Now()}
		if ctx.Err() != nil {
			return f.describe(u, ctx.Err())
		}
		f.mu.Lock()
		f.robots[site] = e
		f.mu.Unlock()
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !e.rules.allows(path) {
		return graph.Errorf(graph.EINVALID, "%s: the site's robots.txt does not allow fetching it", u.Redacted())
	}
	return nil
}

// fetchRobots reads the site's robots.txt: a 4xx (none) allows everything; a 5xx or a failure to connect
// disallows everything for now; a refused address is let through, for Get to report.
func (f *Fetcher) fetchRobots(ctx context.Context, site string) robots {
	u, _ := url.Parse(site + "/robots.txt")
	p, err := f.get(ctx, u, maxRobots, "text/plain")
	var se *statusError
	var blocked *blockedError
	switch {
	case err == nil:
		return parseRobots(p.Body, robotsToken)
	case errors.As(err, &se) && se.status >= 400 && se.status < 500:
		return robots{}
	case errors.As(err, &blocked) || graph.ErrorCode(err) == graph.EINVALID || graph.ErrorCode(err) == graph.ETOOLARGE:
		return robots{}
	}
	return robots{all: true}
}

// parseRobots reads the group of rules for agent (or, when no group names it, the "*" group).
func parseRobots(data []byte, agent string) robots {
	type group struct {
		agents []string
		rules  []robotsRule
	}
	var groups []*group
	var cur *group
	lastWasAgent := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxRobots)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if !lastWasAgent || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(val))
			lastWasAgent = true
		case "allow", "disallow":
			lastWasAgent = false
			if cur == nil || (key == "disallow" && val == "") {
				continue
			}
			cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: val})
		default:
			lastWasAgent = false
		}
	}
	var mine, star []robotsRule
	found := false
	for _, g := range groups {
		for _, a := range g.agents {
			switch {
			case a == "*":
				star = append(star, g.rules...)
			case strings.Contains(agent, a) || strings.Contains(a, agent):
				mine = append(mine, g.rules...)
				found = true
			}
		}
	}
	if found {
		return robots{rules: mine}
	}
	return robots{rules: star}
}

// allows applies the longest matching rule; an allow wins a tie; no rule allows.
func (r robots) allows(path string) bool {
	if r.all {
		return false
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if n := len(rule.pattern); n >= best && matchRobots(rule.pattern, path) {
			if n > best || rule.allow {
				allow = rule.allow
			}
			best = n
		}
	}
	return allow
}

// matchRobots matches a robots.txt path pattern: a prefix, with * for any run of characters and a final $
// for the end of the path.
func matchRobots(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for i, part := range parts[1:] {
		last := i == len(parts)-2
		if last && anchored {
			return strings.HasSuffix(rest, part)
		}
		j := strings.Index(rest, part)
		if j < 0 {
			return false
		}
		rest = rest[j+len(part):]
	}
	return !anchored || rest == "" || len(parts) > 1 && parts[len(parts)-1] == ""
}
