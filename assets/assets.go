// Package assets holds the web page — HTML, CSS and JavaScript written by hand, with no build step and no
// CDN — embedded in the binary so that a bare actorgraph binary serves it.
package assets

import "embed"

// FS holds index.html and the files it loads.
//
//go:embed index.html app.js style.css favicon.svg
var FS embed.FS
