package nextjs

import (
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dlclark/regexp2"

	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// matchTimeout bounds one match of a user-written pattern: matchers come from
// the scanned code, and backtracking regexes can be made to run forever. The
// bound is wall-clock, so it is set far above what an honest pattern takes
// on a short pathname (microseconds) even on a loaded CI machine: at 100 ms,
// a real project's matcher timed out under load and its findings changed
// from run to run. A pattern that times out once is unknown from then on, so
// a hostile middleware costs at most one timeout per pattern.
const matchTimeout = time.Second

// Pattern is a compiled URL pattern from the scanned code: a Next.js
// `config.matcher` source, a path-to-regexp string given to
// createRouteMatcher/authMiddleware, or a regex literal.
type Pattern struct {
	Source string
	re     *regexp2.Regexp
	// failed holds the error of the first match that timed out: the pattern
	// is then unknown for every path, without running it again. A hostile
	// middleware with 20 catastrophic patterns checked against 200 routes
	// otherwise spent 100 ms per match, minutes in all.
	failed atomic.Pointer[error]
}

// Match reports whether the pattern matches a pathname. A match that times
// out counts as no match, and err says so, for this and every later call.
func (p *Pattern) Match(pathname string) (bool, error) {
	if err := p.failed.Load(); err != nil {
		return false, *err
	}
	ok, err := p.re.MatchString(pathname)
	if err != nil {
		err = fmt.Errorf("pattern %q: %w", p.Source, err)
		p.failed.CompareAndSwap(nil, &err)
		return false, err
	}
	return ok, nil
}

func compileJS(src, expr string, flags regexp2.RegexOptions) (*Pattern, error) {
	re, err := regexp2.Compile(expr, regexp2.ECMAScript|flags)
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", src, err)
	}
	re.MatchTimeout = matchTimeout
	return &Pattern{Source: src, re: re}, nil
}

// RegexLiteral compiles a JavaScript regex literal's body and flags
// (createRouteMatcher([/^\/api\/.*$/i])).
func RegexLiteral(body, flags string) (*Pattern, error) {
	var opt regexp2.RegexOptions
	if strings.Contains(flags, "i") {
		opt |= regexp2.IgnoreCase
	}
	if strings.Contains(flags, "m") {
		opt |= regexp2.Multiline
	}
	if strings.Contains(flags, "s") {
		opt |= regexp2.Singleline
	}
	return compileJS("/"+body+"/"+flags, body, opt)
}

// RoutePattern compiles a string given to Clerk's createRouteMatcher (and
// v4 authMiddleware's publicRoutes/ignoredRoutes): path-to-regexp v6 with its
// defaults (case-insensitive, optional trailing delimiter, anchored), tested
// against the request pathname.
func RoutePattern(src string) (*Pattern, error) {
	expr, err := pathToRegexp(src, "/#?", false)
	if err != nil {
		return nil, err
	}
	return compileJS(src, expr, regexp2.IgnoreCase)
}

// NextMatcher compiles a `config.matcher` source the way Next.js does
// (getMiddlewareMatchers): the source is wrapped to also accept the
// /_next/data/<build>/… form and a .json suffix, then converted by
// path-to-regexp with delimiter '/' and strict trailing slashes.
func NextMatcher(src string) (*Pattern, error) {
	if !strings.HasPrefix(src, "/") {
		return nil, fmt.Errorf("matcher %q: must start with /", src)
	}
	s := src
	if s == "/" {
		// The root's slash is escaped so that it stays a literal instead of
		// becoming the optional index group's prefix.
		s = "/:nextData(_next/data/[^/]{1,})?\\/(/?index|/?index\\.json)?"
	} else {
		s = "/:nextData(_next/data/[^/]{1,})?" + s + "{(\\.json)}?"
	}
	expr, err := pathToRegexp(s, "/", true)
	if err != nil {
		return nil, err
	}
	return compileJS(src, expr, regexp2.IgnoreCase)
}

// ptrToken is a path-to-regexp token: literal text, or a parameter.
type ptrToken struct {
	text     string
	isParam  bool
	prefix   string
	suffix   string
	pattern  string
	modifier string
}

// pathToRegexp converts a path-to-regexp v6 path to an ECMAScript regex
// source (parse + tokensToRegexp with start and end anchoring).
func pathToRegexp(src, delimiter string, strict bool) (string, error) {
	toks, err := ptrParse(src, delimiter)
	if err != nil {
		return "", fmt.Errorf("pattern %q: %w", src, err)
	}
	var b strings.Builder
	b.WriteString("^")
	for _, t := range toks {
		if !t.isParam {
			b.WriteString(escapeRe(t.text))
			continue
		}
		prefix, suffix := escapeRe(t.prefix), escapeRe(t.suffix)
		switch {
		case t.pattern == "":
			fmt.Fprintf(&b, "(?:%s%s)%s", prefix, suffix, t.modifier)
		case prefix != "" || suffix != "":
			if t.modifier == "+" || t.modifier == "*" {
				mod := ""
				if t.modifier == "*" {
					mod = "?"
				}
				fmt.Fprintf(&b, "(?:%s((?:%s)(?:%s%s(?:%s))*)%s)%s", prefix, t.pattern, suffix, prefix, t.pattern, suffix, mod)
			} else {
				fmt.Fprintf(&b, "(?:%s(%s)%s)%s", prefix, t.pattern, suffix, t.modifier)
			}
		case t.modifier == "+" || t.modifier == "*":
			fmt.Fprintf(&b, "((?:%s)%s)", t.pattern, t.modifier)
		default:
			fmt.Fprintf(&b, "(%s)%s", t.pattern, t.modifier)
		}
	}
	if !strict {
		b.WriteString("[" + escapeRe(delimiter) + "]?")
	}
	b.WriteString("$")
	return b.String(), nil
}

type lexTok struct {
	kind  string // CHAR, ESCAPED, NAME, PATTERN, MODIFIER, OPEN, CLOSE, END
	value string
}

func ptrLex(s string) ([]lexTok, error) {
	var out []lexTok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '*' || c == '+' || c == '?':
			out = append(out, lexTok{"MODIFIER", string(c)})
			i++
		case c == '\\':
			if i+1 >= len(s) {
				return nil, fmt.Errorf("trailing escape at %d", i)
			}
			out = append(out, lexTok{"ESCAPED", s[i+1 : i+2]})
			i += 2
		case c == '{':
			out = append(out, lexTok{"OPEN", "{"})
			i++
		case c == '}':
			out = append(out, lexTok{"CLOSE", "}"})
			i++
		case c == ':':
			j := i + 1
			for j < len(s) && (s[j] == '_' || s[j] >= '0' && s[j] <= '9' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
				j++
			}
			if j == i+1 {
				return nil, fmt.Errorf("missing parameter name at %d", i)
			}
			out = append(out, lexTok{"NAME", s[i+1 : j]})
			i = j
		case c == '(':
			count, j := 1, i+1
			if j < len(s) && s[j] == '?' {
				return nil, fmt.Errorf("pattern cannot start with \"?\" at %d", j)
			}
			var pat strings.Builder
			for j < len(s) {
				if s[j] == '\\' && j+1 < len(s) {
					pat.WriteString(s[j : j+2])
					j += 2
					continue
				}
				if s[j] == ')' {
					count--
					if count == 0 {
						j++
						break
					}
				} else if s[j] == '(' {
					count++
					if j+1 >= len(s) || s[j+1] != '?' {
						return nil, fmt.Errorf("capturing groups are not allowed at %d", j)
					}
				}
				pat.WriteByte(s[j])
				j++
			}
			if count != 0 {
				return nil, fmt.Errorf("unbalanced pattern at %d", i)
			}
			if pat.Len() == 0 {
				return nil, fmt.Errorf("missing pattern at %d", i)
			}
			out = append(out, lexTok{"PATTERN", pat.String()})
			i = j
		default:
			out = append(out, lexTok{"CHAR", string(c)})
			i++
		}
	}
	return append(out, lexTok{"END", ""}), nil
}

func ptrParse(s, delimiter string) ([]ptrToken, error) {
	lex, err := ptrLex(s)
	if err != nil {
		return nil, err
	}
	const prefixes = "./"
	defaultPattern := "[^" + escapeRe(delimiter) + "]+?"
	var out []ptrToken
	i := 0
	try := func(kind string) (string, bool) {
		if i < len(lex) && lex[i].kind == kind {
			i++
			return lex[i-1].value, true
		}
		return "", false
	}
	text := func() string {
		var b strings.Builder
		for {
			if v, ok := try("CHAR"); ok {
				b.WriteString(v)
			} else if v, ok := try("ESCAPED"); ok {
				b.WriteString(v)
			} else {
				return b.String()
			}
		}
	}
	pathText := ""
	flush := func() {
		if pathText != "" {
			out = append(out, ptrToken{text: pathText})
			pathText = ""
		}
	}
	for i < len(lex) {
		char, _ := try("CHAR")
		name, hasName := try("NAME")
		pattern, hasPattern := try("PATTERN")
		if hasName || hasPattern {
			prefix := char
			if !strings.Contains(prefixes, prefix) {
				pathText += prefix
				prefix = ""
			}
			flush()
			if !hasPattern {
				pattern = defaultPattern
			}
			_ = name
			mod, _ := try("MODIFIER")
			out = append(out, ptrToken{isParam: true, prefix: prefix, pattern: pattern, modifier: mod})
			continue
		}
		v := char
		if v == "" {
			v, _ = try("ESCAPED")
		}
		if v != "" {
			pathText += v
			continue
		}
		flush()
		if _, ok := try("OPEN"); ok {
			prefix := text()
			name, hasName := try("NAME")
			pattern, _ := try("PATTERN")
			suffix := text()
			if _, ok := try("CLOSE"); !ok {
				return nil, fmt.Errorf("expected } in %q", s)
			}
			if hasName && pattern == "" {
				pattern = defaultPattern
			}
			_ = name
			mod, _ := try("MODIFIER")
			out = append(out, ptrToken{isParam: true, prefix: prefix, suffix: suffix, pattern: pattern, modifier: mod})
			continue
		}
		if _, ok := try("END"); !ok {
			return nil, fmt.Errorf("unexpected %s %q in %q", lex[i].kind, lex[i].value, s)
		}
	}
	return out, nil
}

var reSpecial = lazyregexp.New(`[.+*?=^!:${}()\[\]|/\\]`)

func escapeRe(s string) string { return reSpecial.ReplaceAllString(s, `\$0`) }
