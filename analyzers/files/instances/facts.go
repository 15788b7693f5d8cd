package instances

import (
	"bytes"
	"path"
	"strings"

	"github.com/clerklint/clerklint/analyzers/files/dotenv"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
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

// hostToken finds host-like words that mention Clerk, in lower-cased text;
// template syntax and identifiers stay attached so they can be rejected.
var hostToken = lazyregexp.New(`[a-z0-9*{}<>$_.\-]*(?:clerk|accounts\.dev)[a-z0-9*{}<>$_.\-]*`)

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
		for _, loc := range hostToken.FindAllStringIndex(lowerValue, -1) {
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
	lower := bytes.ToLower(src)
	if !bytes.Contains(lower, []byte("clerk")) && !bytes.Contains(lower, []byte("pk_")) &&
		!bytes.Contains(lower, []byte("accounts.dev")) && !bytes.Contains(lower, []byte("sk_test_")) {
		return nil
	}
	convexAuth := strings.HasPrefix(path.Base(f.Path), "auth.config.")
	var out []fact
	line := 0
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		line++
		text, ltext := string(src[start:end]), string(lower[start:end])
		start = end + 1
		if isCommentLine(ltext) {
			continue
		}
		prod := production != nil && production(line)
		pos := func(from, to int) rules.Position {
			return rules.Position{Line: line, Column: from + 1, EndLine: line, EndColumn: to + 1}
		}
		// Each regex runs only on lines holding its required literal: the
		// regexes cost most of the scan when run on every line.
		if !strings.Contains(text, "pk_") && !strings.Contains(text, "sk_test_") &&
			!strings.Contains(ltext, "clerk") && !strings.Contains(ltext, "accounts.dev") {
			continue
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
		for _, loc := range hostToken.FindAllStringIndex(ltext, -1) {
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
