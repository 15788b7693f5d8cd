package js_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/js"
)

// TestIsClerkPackage: the one list of Clerk packages takes package names and
// import specifiers with subpaths, and no package that only shares a prefix.
func TestIsClerkPackage(t *testing.T) {
	for spec, want := range map[string]bool{
		"@clerk/nextjs":          true,
		"@clerk/nextjs/server":   true,
		"@clerk/backend":         true,
		"svelte-clerk":           true,
		"svelte-clerk/server":    true,
		"clerk-sveltekit":        true,
		"clerk-sveltekit/server": true,
		"vue-clerk":              true,
		"@hono/clerk-auth":       true,
		"@hono/clerk-auth/x":     true,
		"svelte-clerkish":        false,
		"@hono/clerk-authz":      false,
		"@hono/node-server":      false,
		"@clerkx/nextjs":         false,
		"clerk":                  false,
		"svix":                   false,
		"":                       false,
	} {
		if got := js.IsClerkPackage(spec); got != want {
			t.Errorf("IsClerkPackage(%q) = %v, want %v", spec, got, want)
		}
	}
}
