package instances

import (
	"bytes"
	"path"
	"slices"
	"strings"

	"github.com/clerklint/clerklint/analyzers/files/dotenv"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/bytescan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
)

// clerkHost reads a Frontend API host: <name>.clerk.accounts.dev (and the
// development Account Portal <name>.accounts.dev) is a development instance,
// clerk.<your domain> a production one. Clerk's own domains (api.clerk.com,
// the dashboard) name no instance, and placeholders (your-domain, example,
// xxx) none either.
func clerkHost(h string) (keys.Instance, bool) {
	h = strings.Trim(strings.ToLower(h), ".")
	if h == "" {
		return 0, false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return 0, false
		}
	}
	labels := strings.Split(h, ".")
	for _, l := range labels {
		if l == "" {
			return 0, false
		}
	}
	for _, w := range []string{"your", "example", "xxx", "placeholder", "domain", "instance", "replace", "changeme"} {
		if strings.Contains(h, w) {
			return 0, false
		}
	}
	switch {
	case len(labels) == 4 && strings.HasSuffix(h, ".clerk.accounts.dev"),
		len(labels) == 3 && strings.HasSuffix(h, ".accounts.dev"):
		if labels[0] == "clerk" {
			return 0, false
		}
		return keys.Development, true
	case len(labels) >= 3 && labels[0] == "clerk":
		tld := labels[len(labels)-1]
		if len(tld) < 2 || strings.Trim(tld, "abcdefghijklmnopqrstuvwxyz") != "" {
			return 0, false
		}
		for _, own := range []string{"clerk.com", "clerk.dev", "clerkstage.dev", "lclclerk.com", "accounts.dev"} {
			if strings.HasSuffix(h, "."+own) {
				return 0, false
			}
		}
		return keys.Production, true
	}
	return 0, false
}

// roleOf names the backend setting a variable name or a line of code holds,
// from the words Clerk's SDKs and docs use for it.
func roleOf(lower string) kind {
	switch {
	case strings.Contains(lower, "jwks"):
		return jwksURL
	case strings.Contains(lower, "frontendapi"), strings.Contains(lower, "frontend_api"), strings.Contains(lower, "frontend-api"):
		return frontendAPI
	case strings.Contains(lower, "issuer"), issWord.MatchString(lower):
		return issuer
	}
	return 0
}

var issWord = lazyregexp.New(`(?:^|[^a-z0-9])iss(?:$|[^a-z0-9])`)

// hostRuns finds host-like words that mention Clerk, in lower-cased text;
// template syntax and identifiers stay attached so they can be rejected:
// the maximal runs of hostByte holding "clerk" or "accounts.dev", as
// `[a-z0-9*{}<>$_.\-]*(?:clerk|accounts\.dev)[a-z0-9*{}<>$_.\-]*` would match
// them, found from the words' occurrences (a leading star runs the regexp
// from every byte of the line).
func hostRuns(lower string) [][2]int {
	var out [][2]int
	for _, w := range []string{"clerk", "accounts.dev"} {
		for off := 0; ; {
			i := strings.Index(lower[off:], w)
			if i < 0 {
				break
			}
			from, to := off+i, off+i+len(w)
			for from > 0 && hostByte(lower[from-1]) {
				from--
			}
			for to < len(lower) && hostByte(lower[to]) {
				to++
			}
			if !slices.Contains(out, [2]int{from, to}) {
				out = append(out, [2]int{from, to})
			}
			off = to
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	return out
}

// hostByte is a byte of a host token: lower-case letters, digits and the
// characters of templates and wildcards ({}, <>, $, *).
func hostByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || strings.IndexByte("*{}<>$_.-", c) >= 0
}

// factLines are the starts of the lines of src holding what textFacts
// looks for (pk_, sk_test_, and clerk or accounts.dev in any case), in
// order: the regexps run on those lines only.
func factLines(src []byte) []int {
	var starts []int
	for _, w := range []string{"pk_", "sk_test_", "clerk", "accounts.dev"} {
		fold := w == "clerk" || w == "accounts.dev"
		for off := 0; off < len(src); {
			var i int
			if fold {
				i = bytescan.IndexFold(src[off:], []byte(w))
			} else {
				i = bytes.Index(src[off:], []byte(w))
			}
			if i < 0 {
				break
			}
			at := off + i
			starts = append(starts, bytes.LastIndexByte(src[:at], '\n')+1)
			next := bytes.IndexByte(src[at:], '\n')
			if next < 0 {
				break
			}
			off = at + next + 1
		}
	}
	slices.Sort(starts)
	return slices.Compact(starts)
}

// publishableToken finds publishable-key candidates; keys.ParsePublishableKey
// decides.
var publishableToken = lazyregexp.New(`pk_(?:test|live)_[A-Za-z0-9+/]{8,}={0,2}`)

// secretToken finds development secret-key candidates for CLK405.
var secretToken = lazyregexp.New(`sk_test_[A-Za-z0-9]{16,}`)

// envFacts reads an env file's assignments.
func envFacts(p *scan.Project, f *scan.File, src []byte) []fact {
	vars := p.EnvVars(f, src)
	production := dotenv.IsProductionName(f.Base()) && !dotenv.IsTemplateName(f.Base())
	var out []fact
	for i := range vars {
		v := &vars[i]
		pos := rules.Position{Line: v.ValueLine, Column: v.ValueCol, EndLine: v.EndLine, EndColumn: v.EndCol}
		if k, ok := keys.ParsePublishableKey(v.Value); ok {
			out = append(out, fact{kind: publishableKey, pos: pos, host: strings.ToLower(k.Host), inst: k.Instance, value: v.Value, production: production})
			continue
		}
		lowerName := strings.ToLower(v.Name)
		role := roleOf(lowerName)
		lowerValue := strings.ToLower(v.Value)
		for _, loc := range hostRuns(lowerValue) {
			h := lowerValue[loc[0]:loc[1]]
			inst, ok := clerkHost(h)
			if !ok {
				continue
			}
			k := role
			if k == 0 || (!strings.Contains(lowerName, "clerk") && !strings.Contains(h, "clerk")) {
				k = devHost
				if inst != keys.Development {
					continue
				}
			}
			hp := pos
			if v.ValueLine == v.EndLine {
				hp.Column, hp.EndLine, hp.EndColumn = v.ValueCol+loc[0], v.ValueLine, v.ValueCol+loc[1]
			}
			out = append(out, fact{kind: k, pos: hp, host: strings.Trim(h, "."), inst: inst, value: v.Value, production: production})
			break
		}
	}
	return out
}

// textFacts reads source and config line by line. A host counts only where
// it is written as one (after "//" of a URL, or as a whole quoted string),
// so `clerk.session.getToken` is not a host; lines that are comments are
// skipped. production tells which lines configure production (nil: none).
func textFacts(f *scan.File, src []byte, production func(line int) bool) []fact {
	convexAuth := strings.HasPrefix(path.Base(f.Path), "auth.config.")
	var out []fact
	line, counted := 1, 0 // line number of src[counted]
	for _, start := range factLines(src) {
		line += bytes.Count(src[counted:start], []byte("\n"))
		counted = start
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		b := src[start:end]
		text := string(b)
		ltext := strings.ToLower(text)
		if isCommentLine(ltext) {
			continue
		}
		prod := production != nil && production(line)
		pos := func(from, to int) rules.Position {
			return rules.Position{Line: line, Column: from + 1, EndLine: line, EndColumn: to + 1}
		}
		for _, loc := range publishableToken.FindAllStringIndex(text, -1) {
			if k, ok := keys.ParsePublishableKey(text[loc[0]:loc[1]]); ok {
				out = append(out, fact{kind: publishableKey, pos: pos(loc[0], loc[1]), host: strings.ToLower(k.Host), inst: k.Instance, value: k.Key, production: prod})
			}
		}
		if prod {
			for _, loc := range secretToken.FindAllStringIndex(text, -1) {
				key := text[loc[0]:loc[1]]
				ctx := keys.Context{Vendor: keys.NearestVendor(text[:loc[0]]), ProjectUsesClerk: true}
				if keys.ClassifySecretKey(key, ctx) == keys.Clerk {
					out = append(out, fact{kind: secretKey, pos: pos(loc[0], loc[1]), inst: keys.Development, value: key, production: prod})
				}
			}
		}
		role := roleOf(ltext)
		if role == 0 && convexAuth && strings.Contains(ltext, "domain") {
			role = issuer // Convex verifies tokens whose iss is the provider's domain
		}
		for _, loc := range hostRuns(ltext) {
			if !writtenAsHost(ltext, loc[0], loc[1]) {
				continue
			}
			h := ltext[loc[0]:loc[1]]
			inst, ok := clerkHost(h)
			if !ok {
				continue
			}
			k := role
			if k == 0 {
				if inst != keys.Development {
					continue
				}
				k = devHost
			}
			out = append(out, fact{kind: k, pos: pos(loc[0], loc[1]), host: strings.Trim(h, "."), inst: inst, value: h, production: prod})
		}
	}
	return out
}

func isCommentLine(lower string) bool {
	t := strings.TrimSpace(lower)
	for _, c := range []string{"#", "//", "/*", "*", "<!--", "--"} {
		if strings.HasPrefix(t, c) {
			return true
		}
	}
	return false
}

// writtenAsHost reports whether text[from:to] is a URL's host (after "//")
// or a whole quoted string.
func writtenAsHost(text string, from, to int) bool {
	if strings.HasSuffix(text[:from], "//") {
		return true
	}
	if from == 0 || to >= len(text) {
		return false
	}
	q := text[from-1]
	return (q == '"' || q == '\'' || q == '`') && (text[to] == q || text[to] == '/' || text[to] == ':')
}
