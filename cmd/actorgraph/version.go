package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// version and commit are set when building a release: go build -ldflags "-X main.version=v1.2.0 -X
// main.commit=$(git rev-parse HEAD)". Without them the build information is used: the module's version
// (go install ...@v1.2.0) and the commit go build stamps in a git checkout (not with -buildvcs=false).
var version, commit string

// versionLine says which actorgraph this is: version, the commit it was built from (with "+changes" when
// the working tree had uncommitted changes), the commit's time and the Go release.
func versionLine() string {
	info, _ := debug.ReadBuildInfo()
	return formatVersion(version, commit, info)
}

func formatVersion(version, commit string, info *debug.BuildInfo) string {
	v, when, modified := version, "", false
	if info != nil {
		if v == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				if commit == "" {
					commit = s.Value
				}
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "devel"
	}
	line := "actorgraph " + v
	switch {
	case commit == "":
		line += ", commit unknown (built without version control information)"
	default:
		if len(commit) > 12 {
			commit = commit[:12]
		}
		if modified {
			commit += "+changes"
		}
		line += ", commit " + commit
		if when != "" {
			line += " (" + when + ")"
		}
	}
	return fmt.Sprintf("%s, %s", line, runtime.Version())
}

// shortVersion is the version alone, for the User-Agent of fetches.
func shortVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}
