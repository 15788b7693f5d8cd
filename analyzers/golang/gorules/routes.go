package gorules

import "github.com/clerklint/clerklint/rules"

// IsPublicRoute reports whether a route path is public by the settings.
func (s Settings) IsPublicRoute(path string) bool {
	return rules.MatchRoute(s.PublicRouteGlobs(), path)
}

// IsPrivilegedRoute reports whether a route path needs a role or permission check.
func (s Settings) IsPrivilegedRoute(path string) bool {
	return rules.MatchRoute(s.PrivilegedRouteGlobs(), path)
}
