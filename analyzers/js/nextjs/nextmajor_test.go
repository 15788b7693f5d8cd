package nextjs

import "testing"

// TestNextMajor: a dist-tag installs the newest major, never version 0
// (which would read as pre-15 action exposure); a pinned range keeps its
// lowest major and an unknown reference stays unknown.
func TestNextMajor(t *testing.T) {
	for rng, want := range map[string]int{
		"latest": newestNext, "canary": newestNext, "rc": newestNext, "*": newestNext, " Latest ": newestNext,
		"^14.2.3": 14, "15.3.0": 15, "~13.5": 13, ">=14 <16": 14,
		"": 0, "workspace:*": 0, "catalog:": 0, "github:vercel/next.js": 0, "file:../next": 0,
	} {
		if got := nextMajor(rng); got != want {
			t.Errorf("nextMajor(%q) = %d, want %d", rng, got, want)
		}
	}
}
