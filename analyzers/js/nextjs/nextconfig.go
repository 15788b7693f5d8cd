package nextjs

import (
	"fmt"
	"path"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
)

// NextConfig is what the rules need from an app's next.config.{js,mjs,ts}:
// the basePath and i18n locales that sit between a route and its URL.
//
// Semantics, as verified in Next.js and Clerk sources:
//   - config.matcher: getMiddlewareMatchers (next
//     build/analysis/get-page-static-info.ts) compiles each source as
//     `${basePath}/:nextData(_next/data/[^/]{1,})?/:nextInternalLocale(…)${source}`,
//     the locale part only when i18n.locales is set and the matcher object
//     does not say `locale: false`. A matcher as written is therefore
//     compared with the path after basePath and locale, which is what
//     Middleware.Runs evaluates; with `locale: false` it sees the locale
//     prefix, which Runs does not model (the matcher is then unknown).
//   - createRouteMatcher (@clerk/nextjs server/routeMatcher) tests
//     req.nextUrl.pathname, and NextURL strips basePath and locale from
//     pathname (getNextPathnameInfo in next server/web/next-url.ts): route
//     matchers see the same app-relative path.
//   - Clerk's redirects (@clerk/backend createRedirect → buildUrl) resolve a
//     relative signInUrl against the request's origin, not its basePath, so
//     NEXT_PUBLIC_CLERK_SIGN_IN_URL must include the basePath (as Clerk's
//     issue clerk/javascript#2645 shows for redirectUrl props).
type NextConfig struct {
	File     string   // the config file ("" when the app has none)
	BasePath string   // "" when unset
	Locales  []string // i18n.locales
	// Rewrites: the config declares rewrites or redirects, so a URL may be
	// served by a route with another path.
	Rewrites bool
	// Unknown: the exported config is not an object the analysis can read
	// (a function of the phase, an import, spread keys), or it sets
	// pageExtensions; basePath, i18n or the pages are unknown.
	Unknown bool
}

// adjust fits a middleware's evaluation to the config: a `locale: false`
// matcher of an i18n app (or one whose config is unreadable) is compared by
// Next with the locale-prefixed path, which the app-relative samples Runs
// tests do not carry, so the matcher is treated as unknown (runs everywhere).
// basePath needs nothing: Next prepends it to every matcher source.
func (cfg NextConfig) adjust(mw *Middleware) {
	if mw.LocaleFalse && (len(cfg.Locales) > 0 || cfg.Unknown) {
		mw.MatcherUnknown = true
	}
}

// basePathHint explains a matcher or route matcher spelled with the
// basePath, which never matches (both see the path without it), when the
// same pattern without the basePath would match url: "" otherwise. It is
// appended to the findings such a gap causes.
func (cfg NextConfig) basePathHint(mw *Middleware, url string) string {
	bp := cfg.BasePath
	if bp == "" || mw == nil {
		return ""
	}
	// fixed is the source without the basePath, if it had it and then
	// matches url.
	fixed := func(src string, compile func(string) (*Pattern, error)) bool {
		rest, ok := strings.CutPrefix(src, bp)
		if !ok || (rest != "" && rest[0] != '/' && rest[0] != '(') {
			return false
		}
		if !strings.HasPrefix(rest, "/") {
			rest = "/" + rest
		}
		p, err := compile(rest)
		if err != nil {
			return false
		}
		m, err := p.Match(url)
		return err == nil && m
	}
	for _, p := range mw.Matchers {
		if fixed(p.Source, NextMatcher) {
			return fmt.Sprintf("; note: Next.js prepends basePath %s to config.matcher sources itself, so '%s' only matches under %s%s: write it without %s", bp, p.Source, bp, bp, bp)
		}
	}
	for _, st := range mw.steps {
		for _, c := range st.conds {
			if c.m == nil {
				continue // a path test of the handler's own reads the same pathname
			}
			for _, p := range c.m.pats {
				if fixed(p.Source, RoutePattern) {
					return fmt.Sprintf("; note: createRouteMatcher (%s) tests req.nextUrl.pathname, which excludes basePath %s, so '%s' never matches: write it without %s", c.m.name, bp, p.Source, bp)
				}
			}
		}
	}
	return ""
}

// configNames are the next.config files Next.js loads, in its order.
var configNames = []string{"next.config.js", "next.config.mjs", "next.config.ts", "next.config.mts", "next.config.cjs", "next.config.cts"}

// readNextConfig finds and reads the app's next.config.
func readNextConfig(m *js.Model, dir string) NextConfig {
	for _, n := range configNames {
		p := path.Join(dir, n)
		if m.File(p) == nil {
			continue
		}
		pf, err := m.ParseSmall(p) // every configNames extension is JS or TS to js.LangOf
		defer pf.Close()
		if err != nil {
			return NextConfig{File: p, Unknown: true}
		}
		return parseNextConfig(pf.Tree, p)
	}
	return NextConfig{}
}

// parseNextConfig reads the exported config object: `module.exports = {…}`,
// `export default {…}`, a top-level const exported by name, and wrappers such
// as withSentryConfig(nextConfig, …) (their first object or name argument).
func parseNextConfig(t *js.Tree, file string) NextConfig {
	cfg := NextConfig{File: file, Unknown: true}
	root := t.Root()
	decls := map[string]*sitter.Node{}
	var exported *sitter.Node
	for i := 0; i < int(root.NamedChildCount()); i++ {
		s := root.NamedChild(i)
		switch s.Type() {
		case "lexical_declaration", "variable_declaration":
			collectDecls(t, s, decls)
		case "export_statement":
			if d := s.ChildByFieldName("declaration"); d != nil {
				collectDecls(t, d, decls)
			} else if v := s.ChildByFieldName("value"); v != nil {
				exported = v
			}
		case "expression_statement":
			if s.NamedChildCount() == 0 {
				continue
			}
			a := js.Unwrap(s.NamedChild(0))
			if a.Type() != "assignment_expression" {
				continue
			}
			if l := a.ChildByFieldName("left"); l != nil && t.Text(l) == "module.exports" {
				exported = a.ChildByFieldName("right")
			}
		}
	}
	obj := configObject(t, exported, decls, 0)
	if obj == nil {
		return cfg
	}
	cfg.Unknown = false
	for i := 0; i < int(obj.NamedChildCount()); i++ {
		p := obj.NamedChild(i)
		if p.Type() == "spread_element" {
			cfg.Unknown = true // keys may come from elsewhere
			continue
		}
		var key string
		switch p.Type() {
		case "method_definition": // async rewrites() { … }
			if n := p.ChildByFieldName("name"); n != nil {
				key = js.Unquote(t, n)
			}
		case "shorthand_property_identifier": // { basePath, i18n }
			key = t.Text(p)
		}
		if key == "rewrites" || key == "redirects" {
			cfg.Rewrites = true
		} else if key == "basePath" || key == "i18n" || key == "pageExtensions" {
			cfg.Unknown = true
		}
		if p.Type() != "pair" {
			continue
		}
		k, v := p.ChildByFieldName("key"), p.ChildByFieldName("value")
		if k == nil || v == nil {
			continue
		}
		v = js.Unwrap(v)
		switch js.Unquote(t, k) {
		case "basePath":
			s, ok := literal(t, v)
			if !ok {
				cfg.Unknown = true
			}
			cfg.BasePath = strings.TrimSuffix(s, "/")
		case "i18n":
			if v.Type() != "object" {
				cfg.Unknown = true
				continue
			}
			pairs(t, v, func(_ *sitter.Node, key string, qv *sitter.Node) {
				if key != "locales" {
					return
				}
				qv = js.Unwrap(qv)
				if qv.Type() != "array" {
					cfg.Unknown = true
					return
				}
				for e := 0; e < int(qv.NamedChildCount()); e++ {
					if s, ok := literal(t, qv.NamedChild(e)); ok {
						cfg.Locales = append(cfg.Locales, s)
					} else {
						cfg.Unknown = true
					}
				}
			})
		case "rewrites", "redirects":
			cfg.Rewrites = true
		case "pageExtensions":
			// Pages are then named by extensions RouteOf does not know.
			cfg.Unknown = true
		}
	}
	return cfg
}

func collectDecls(t *js.Tree, decl *sitter.Node, out map[string]*sitter.Node) {
	for j := 0; j < int(decl.NamedChildCount()); j++ {
		d := decl.NamedChild(j)
		name, val := d.ChildByFieldName("name"), d.ChildByFieldName("value")
		if d.Type() == "variable_declarator" && name != nil && val != nil && name.Type() == "identifier" {
			out[t.Text(name)] = val
		}
	}
}

// configObject follows names and wrapper calls to the config's object literal.
func configObject(t *js.Tree, n *sitter.Node, decls map[string]*sitter.Node, depth int) *sitter.Node {
	if n == nil || depth > 8 {
		return nil
	}
	n = js.Unwrap(n)
	switch n.Type() {
	case "object":
		return n
	case "identifier":
		return configObject(t, decls[t.Text(n)], decls, depth+1)
	case "call_expression":
		// withX(config, …) or withX(opts)(config): the config is the first
		// argument that leads to an object.
		args := n.ChildByFieldName("arguments")
		if args == nil {
			return nil
		}
		for i := 0; i < int(args.NamedChildCount()); i++ {
			a := js.Unwrap(args.NamedChild(i))
			if a.Type() != "identifier" && a.Type() != "call_expression" && a.Type() != "object" {
				continue
			}
			if o := configObject(t, a, decls, depth+1); o != nil {
				return o
			}
		}
	}
	return nil
}

// literal is the value of a string literal or a template without
// substitutions.
func literal(t *js.Tree, n *sitter.Node) (string, bool) {
	n = js.Unwrap(n)
	switch n.Type() {
	case "string":
		return stringValue(t, n), true
	case "template_string":
		if s := t.Text(n); len(s) >= 2 && !strings.Contains(s, "${") {
			return s[1 : len(s)-1], true
		}
	}
	return "", false
}
