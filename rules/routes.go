package rules

import "strings"

// MatchRoute reports whether a route path matches one of the globs. Paths are
// matched as written ({id}, :id and * kept literally), with and without a
// trailing slash, so "/health/" matches "/health" and a net/http subtree
// "/static/" matches "/static/**".
func MatchRoute(globs []Glob, path string) bool {
	if path == "" {
		return false
	}
	cands := []string{path}
	if t := strings.TrimSuffix(path, "/"); t != path && t != "" {
		cands = append(cands, t)
	}
	if strings.HasSuffix(path, "/") {
		cands = append(cands, path+"index")
	}
	for _, g := range globs {
		for _, c := range cands {
			if g.Match(c) {
				return true
			}
		}
	}
	return false
}
