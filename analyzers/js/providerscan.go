package js

import (
	"bytes"
	"sort"
	"strings"
)

// CLK701 asks the same question in every React app model: of the modules a
// module reaches through value imports, does one import Clerk's provider,
// and if none does, which Clerk component or hook is used without it? The
// SPA model asks it once from the entry; the React Router model asks it from
// the root, every route and every layout route. ProviderScan answers it for
// all of them from one byte-level walk (Reaching) over every root, so a
// project file is read once, not once per route.

// ClerkReact says which imports count for a provider scan: the names that
// provide the Clerk instance (taken from any @clerk/ package), and the
// packages and names of the components and hooks that need it.
type ClerkReact struct {
	Provider func(name string) bool // ClerkProvider (ClerkApp for Remix)
	UISpec   func(spec string) bool // the Clerk React packages UI names come from
	UIName   func(name string) bool // CLK701's ui-names
}

// ClerkUse is what the modules a module reaches take from Clerk's React
// packages: whether one imports a provider and, when none does, the first
// component or hook one imports (in path order), the module importing it and
// the package it comes from. Name is "" when they use none.
type ClerkUse struct {
	Provided         bool
	Name, File, Spec string
}

// What is how a message shows the name: <SignIn> for a component,
// useUser() for a hook.
func (u ClerkUse) What() string {
	if strings.HasPrefix(u.Name, "use") {
		return u.Name + "()"
	}
	return "<" + u.Name + ">"
}

// ProviderScan answers ClerkUse for modules of one app. It is not safe for
// concurrent use; a rule builds one per question it asks.
type ProviderScan struct {
	m      *Model
	r      ClerkReact
	target func(p string, src []byte) bool
	roots  map[string]bool
	within map[string]bool // Reaching from every root
	memo   map[string]ClerkUse
}

// importsClerk says from bytes whether a module can import a Clerk package.
func importsClerk(_ string, src []byte) bool { return bytes.Contains(src, []byte("@clerk/")) }

// ProviderScan walks the bytes once from all the roots the caller will ask
// about; Of answers for any of them (and, at the cost of a walk of its own,
// for any other module).
func (m *Model) ProviderScan(roots []string, r ClerkReact) *ProviderScan {
	return m.providerScan(roots, r, importsClerk)
}

// providerScan is ProviderScan with the byte test given, so a test can
// count the files read.
func (m *Model) providerScan(roots []string, r ClerkReact, target func(string, []byte) bool) *ProviderScan {
	s := &ProviderScan{m: m, r: r, target: target, roots: map[string]bool{}, memo: map[string]ClerkUse{}}
	var rs []string
	for _, p := range roots {
		if p != "" && !s.roots[p] {
			s.roots[p] = true
			rs = append(rs, p)
		}
	}
	// Reaching's result from all the roots holds, for each root, exactly
	// the modules Reaching from that root alone would: those it reaches in
	// the byte graph that lead to a target. So ClosureWithin from one root
	// over it is the closure that root's own walk would give.
	s.within = m.Reaching(rs, target)
	return s
}

// Of is what the modules p reaches through value imports, among those that
// can lead to a Clerk import, take from Clerk's React packages. The answer
// is kept per module.
func (s *ProviderScan) Of(p string) ClerkUse {
	if u, ok := s.memo[p]; ok {
		return u
	}
	within := s.within
	if !s.roots[p] {
		within = s.m.Reaching([]string{p}, s.target)
	}
	reach := s.m.ClosureWithin([]string{p}, within, func(e *Edge, _ *Module) bool { return !e.Import.TypeOnly })
	paths := make([]string, 0, len(reach))
	for q := range reach {
		paths = append(paths, q)
	}
	sort.Strings(paths)
	u := s.scan(paths)
	s.memo[p] = u
	return u
}

// scan reads the value imports of the modules at paths, in order: a
// provider ends it (nothing it renders needs naming), else the first
// component or hook is kept.
func (s *ProviderScan) scan(paths []string) ClerkUse {
	var u ClerkUse
	for _, p := range paths {
		mod := s.m.Module(p)
		if mod == nil || mod.Err != nil {
			continue
		}
		for _, imp := range mod.Imports {
			if imp.TypeOnly {
				continue
			}
			clerk := strings.HasPrefix(imp.Spec, "@clerk/")
			ui := s.r.UISpec(imp.Spec)
			if !clerk && !ui {
				continue
			}
			for _, n := range imp.Names {
				if n.TypeOnly {
					continue
				}
				if clerk && s.r.Provider(n.Imported) {
					return ClerkUse{Provided: true}
				}
				if ui && u.Name == "" && s.r.UIName(n.Imported) {
					u.Name, u.File, u.Spec = n.Imported, p, imp.Spec
				}
			}
		}
	}
	return u
}
