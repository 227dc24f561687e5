package fetch

import "net/netip"

// AllowOnly makes f dial only the addresses allow accepts, in place of the public-address rule: tests
// run their servers on loopback and need to tell one of them from another.
func AllowOnly(f *Fetcher, allow func(netip.AddrPort) bool) { f.allowed = allow }

// MatchRobots and ParseRobotsAllows expose the robots.txt rules to the tests.
func MatchRobots(pattern, path string) bool { return matchRobots(pattern, path) }

func ParseRobotsAllows(data, path string) bool {
	return parseRobots([]byte(data), robotsToken).allows(path)
}

// RobotsAllows parses data as a robots.txt and says whether it lets us fetch path.
func RobotsAllows(data []byte, path string) bool { return parseRobots(data, robotsToken).allows(path) }
