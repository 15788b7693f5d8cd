package js

import (
	"path"
	"strings"

	"github.com/clerklint/clerklint/rules"
)

// What the file-system routers share for CLK402 (a Clerk sign-in, sign-up
// or redirect URL pointing at a path the app serves no page at): how a
// route pattern serves a URL, and what a URL is for. Next.js and SvelteKit
// write route parameters alike: [id], [...rest], Next's optional catch-all
// [[...rest]] and SvelteKit's optional parameter [[lang]].

// URLSegs splits a URL path or a route pattern into its segments.
func URLSegs(p string) []string {
	var out []string
	for _, s := range strings.Split(p, "/") {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// ServesURL reports whether a route pattern's segments serve a URL's
// segments.
func ServesURL(pat, url []string) bool {
	if len(pat) == 0 {
		return len(url) == 0
	}
	p := pat[0]
	switch {
	case strings.HasPrefix(p, "[[..."):
		return true
	case strings.HasPrefix(p, "[..."):
		return len(url) > 0
	case strings.HasPrefix(p, "[[") && strings.HasSuffix(p, "]]"):
		// an optional parameter: the segment may be absent
		return ServesURL(pat[1:], url) || (len(url) > 0 && ServesURL(pat[1:], url[1:]))
	case strings.HasPrefix(p, "[") && strings.HasSuffix(p, "]"):
		return len(url) > 0 && ServesURL(pat[1:], url[1:])
	}
	return len(url) > 0 && url[0] == p && ServesURL(pat[1:], url[1:])
}

// AuthURLKind is what a configured URL is for: where <SignIn> or <SignUp>
// should be, or any page a user is sent to.
type AuthURLKind uint8

// URL kinds.
const (
	RedirectURL AuthURLKind = iota
	SignInURL
	SignUpURL
)

// Component is the Clerk component a sign-in or sign-up URL should render.
func (k AuthURLKind) Component() string {
	switch k {
	case SignInURL:
		return "SignIn"
	case SignUpURL:
		return "SignUp"
	}
	return ""
}

// EnvURLKind classifies an env variable by Clerk's naming
// (NEXT_PUBLIC_CLERK_SIGN_IN_URL, PUBLIC_CLERK_SIGN_UP_URL).
func EnvURLKind(name string) AuthURLKind {
	switch {
	case strings.HasSuffix(name, "_SIGN_IN_URL") && !strings.Contains(name, "AFTER_"):
		return SignInURL
	case strings.HasSuffix(name, "_SIGN_UP_URL") && !strings.Contains(name, "AFTER_"):
		return SignUpURL
	}
	return RedirectURL
}

// PropURLKind classifies a component prop or an option by name.
func PropURLKind(name string) AuthURLKind {
	switch name {
	case "signInUrl":
		return SignInURL
	case "signUpUrl":
		return SignUpURL
	}
	return RedirectURL
}

// NoPageWhy says what users meet when the URL configured as what (a prop,
// an option, an env variable) has no page.
func NoPageWhy(what string, kind AuthURLKind) string {
	switch kind {
	case SignInURL:
		return "Clerk redirects signed-out users there (auth.protect(), redirectToSignIn, <RedirectToSignIn>) and they land on a 404"
	case SignUpURL:
		return "the sign-up links of Clerk's components lead to a 404"
	}
	switch {
	case strings.Contains(what, "unauthenticatedUrl"):
		return "Clerk redirects signed-out requests there, so they land on a 404"
	case strings.Contains(what, "unauthorizedUrl"):
		return "Clerk redirects requests lacking the role or permission there, so they land on a 404"
	}
	after := "sign in"
	switch w := strings.ToLower(strings.ReplaceAll(what, "_", "")); {
	case strings.Contains(w, "signout"):
		after = "sign out"
	case strings.Contains(w, "signup"):
		after = "sign up"
	}
	return "Clerk sends users there after they " + after + ", so they land on a 404"
}

// JudgeableURL is the path of a configured URL the routes can be checked
// against: relative to the origin, query and fragment cut, not built at run
// time; false for an absolute URL (the Account Portal, another app) or a
// template.
func JudgeableURL(raw string) (string, bool) {
	u := raw
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	if !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") || strings.ContainsAny(u, "$%{}\\ ") {
		return "", false
	}
	return u, true
}

// EnvURL is a URL variable of an app's env files.
type EnvURL struct {
	Name, Value string
	At          rules.Position // the value, in its env file
}

// EnvURLs lists the variables named in names and starting with prefix (the
// framework's public prefix: NEXT_PUBLIC_, PUBLIC_) that the env files of
// the app in dir set: the files the framework loads (.env, .env.local,
// .env.production…) and their templates (.env.example), which every new
// deployment copies.
func EnvURLs(m *Model, dir string, names map[string]bool, prefix string) []EnvURL {
	if dir == "" {
		dir = "."
	}
	var out []EnvURL
	for _, ef := range m.Project.Env {
		if path.Dir(ef.File.Path) != dir || !strings.HasPrefix(ef.File.Base(), ".env") {
			continue
		}
		for _, v := range ef.Vars {
			if names[v.Name] && strings.HasPrefix(v.Name, prefix) && v.Value != "" {
				out = append(out, EnvURL{Name: v.Name, Value: v.Value,
					At: rules.Position{File: ef.File.Path, Line: v.ValueLine, Column: v.ValueCol, EndLine: v.EndLine, EndColumn: v.EndCol}})
			}
		}
	}
	return out
}
