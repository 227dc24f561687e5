//go:build race

package extract_test

// raceScale stretches CPU bounds under the race detector, which makes extraction 5 to 10 times slower.
const raceScale = 5
