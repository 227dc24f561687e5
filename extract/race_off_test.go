//go:build !race

package extract_test

// raceScale stretches CPU bounds under the race detector; without it, none.
const raceScale = 1
