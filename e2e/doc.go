// Package e2e holds end-to-end tests: they build the actorgraph binary, run it as a user would, and drive
// the web page in Debian's headless chromium.
package e2e
