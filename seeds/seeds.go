// Package seeds embeds the seed articles and their curated overlays, so that a bare actorgraph binary has
// a graph to show: `actorgraph serve` ingests them into an empty store.
//
// The seed article is 000_010822ac285143c9.txt from the project's shared seeds, with front matter added; its
// body is byte-for-byte the original (sha256 dcb07928c7a871e13ab389efa1180f8562538fd0fa174703dd090305a5059a6a).
package seeds

import "embed"

// FS holds the articles (*.txt) and overlays (*.overlay.yaml).
//
//go:embed *.txt *.overlay.yaml
var FS embed.FS
