package js

import (
	"sync"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/bytescan"
	"github.com/clerklint/clerklint/internal/regular"
)

// An app that neither depends on Clerk (or svix, or a workspace package that
// does) nor names Clerk in any of its sources has nothing for the js rules
// to judge: every rule is about Clerk code, and keys in its files are the
// secrets engine's, which reads bytes. The engine offers none of its files
// to the rules, so none is parsed.

type scope struct {
	once  sync.Once
	clerk bool
}

// clerkMarkers are the bytes, compared without case, whose absence from every
// source of an app without a Clerk dependency makes it no Clerk app.
var clerkMarkers = [][]byte{[]byte("clerk"), []byte("svix")}

// ClerkScope reports whether the app owning project path p (or the files
// outside any app) can hold Clerk code: it depends on a Clerk package, on
// svix, or on a workspace package that does, or one of its sources names
// Clerk or svix (a byte search, done once per app).
func (m *Model) ClerkScope(p string) bool {
	a := m.App(p)
	m.mu.Lock()
	s := m.scopes[a]
	if s == nil {
		s = &scope{}
		m.scopes[a] = s
	}
	m.mu.Unlock()
	s.once.Do(func() { s.clerk = m.clerkDeps(a, map[*App]bool{}) || m.namesClerk(a) })
	return s.clerk
}

// clerkDeps: a depends on Clerk or svix, directly or through workspace
// packages.
func (m *Model) clerkDeps(a *App, seen map[*App]bool) bool {
	if a == nil || seen[a] {
		return false
	}
	seen[a] = true
	if len(a.Clerk) > 0 || a.Has("svix") {
		return true
	}
	for dep := range a.Deps {
		if b := m.byName[dep]; b != nil && m.clerkDeps(b, seen) {
			return true
		}
	}
	return false
}

// namesClerk searches the sources a owns (nil: those outside every app) for
// a Clerk marker.
func (m *Model) namesClerk(a *App) bool {
	var own []*scan.File
	for _, f := range m.Sources("") {
		if m.App(f.Path) == a {
			own = append(own, f)
		}
	}
	var mu sync.Mutex
	found := false
	parallel(len(own), func(i int) {
		mu.Lock()
		done := found
		mu.Unlock()
		if done {
			return
		}
		// Read up to the walk's limit: a file too large to parse that names
		// Clerk must still be offered, so the rules report it as not analysed.
		src, err := regular.Read(own[i].Abs, scan.DefaultMaxFileSize)
		for _, mk := range clerkMarkers {
			if err != nil || bytescan.ContainsFold(src, mk) { // unreadable: cannot tell
				mu.Lock()
				found = true
				mu.Unlock()
				return
			}
		}
	})
	return found
}
