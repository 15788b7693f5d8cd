package envfile

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"

	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
)

// names decides which variable names are public and which hold Clerk secrets.
// It is built once from rule params and only read afterwards.
type names struct {
	prefixes []string         // public prefixes, longest first
	secret   []*regexp.Regexp // anchored at both ends
	public   []*regexp.Regexp // anchored at both ends
	// stems are literals every secret name contains; a file without any of them
	// cannot reference one, which is what keeps the source scan fast.
	stems [][]byte
}

var identPattern = lazyregexp.New(`^[A-Za-z_][A-Za-z0-9_]*$`)

// newSecretNames compiles the secret and public name patterns of a rule; field
// names the param for errors.
func newSecretNames(r *rules.Rule, field string, secret, public []rules.Regexp) (*names, error) {
	n := &names{}
	if len(secret) == 0 {
		return nil, paramError(r, field, "is required (the variable names that hold Clerk secrets)")
	}
	for i, re := range secret {
		stem := leadingLiteral(re.String())
		if stem == "" {
			return nil, paramError(r, fmt.Sprintf("%s.%d", field, i),
				fmt.Sprintf("pattern %q must start with a literal stem such as CLERK_, which source files are prefiltered on", re.String()))
		}
		n.stems = append(n.stems, []byte(stem))
		n.secret = append(n.secret, anchor(re))
	}
	for _, re := range public {
		n.public = append(n.public, anchor(re))
	}
	n.stems = reduceStems(n.stems)
	return n, nil
}

// anchor makes a user pattern match whole names only, so CLERK_SECRET_KEY does
// not also match CLERK_SECRET_KEYS_DOC. The pattern compiled once already, so
// wrapping it cannot fail.
func anchor(re rules.Regexp) *regexp.Regexp {
	a, err := rules.CompileShared(`^(?:` + re.String() + `)$`)
	if err != nil {
		return re.Regexp
	}
	return a
}

// leadingLiteral returns the case-sensitive literal every match of pattern
// starts with ("" if there is none). regexp.LiteralPrefix gives up at the first
// group, which every useful name pattern has.
func leadingLiteral(pattern string) string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(re *syntax.Regexp) bool // false: stop collecting
	walk = func(re *syntax.Regexp) bool {
		switch re.Op {
		case syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEmptyMatch:
			return true
		case syntax.OpLiteral:
			if re.Flags&syntax.FoldCase != 0 {
				return false
			}
			b.WriteString(string(re.Rune))
			return true
		case syntax.OpCapture:
			return walk(re.Sub[0])
		case syntax.OpConcat:
			for _, s := range re.Sub {
				if !walk(s) {
					return false
				}
			}
			return true
		}
		return false
	}
	walk(re.Simplify())
	return b.String()
}

// reduceStems prefilters on the longest prefix all stems share when it is long
// enough to be selective (CLERK_ for the built-in names): one bytes.Index per
// file instead of one per name.
func reduceStems(stems [][]byte) [][]byte {
	common := stems[0]
	for _, s := range stems[1:] {
		i := 0
		for i < len(common) && i < len(s) && common[i] == s[i] {
			i++
		}
		common = common[:i]
	}
	if len(common) >= 4 {
		return [][]byte{common}
	}
	return stems
}

// withPrefixes adds the public prefixes of CLK003.
func (n *names) withPrefixes(r *rules.Rule, prefixes []string) error {
	if len(prefixes) == 0 {
		return paramError(r, "public-prefixes", "is required (e.g. NEXT_PUBLIC_, VITE_)")
	}
	for i, p := range prefixes {
		if !identPattern.MatchString(p) || !strings.HasSuffix(p, "_") {
			return paramError(r, fmt.Sprintf("public-prefixes.%d", i), fmt.Sprintf("%q is not an env var prefix ending in '_'", p))
		}
	}
	n.prefixes = append([]string(nil), prefixes...)
	sort.SliceStable(n.prefixes, func(i, j int) bool { return len(n.prefixes[i]) > len(n.prefixes[j]) })
	return nil
}

// publicPrefix returns the public prefix name starts with, or "".
func (n *names) publicPrefix(name string) string {
	for _, p := range n.prefixes {
		if len(name) > len(p) && strings.HasPrefix(name, p) {
			return p
		}
	}
	return ""
}

// secretPart returns the trailing part of name that is a Clerk secret name
// (CLERK_SECRET_KEY in NEXT_PUBLIC_CLERK_SECRET_KEY or MYAPP_CLERK_SECRET_KEY),
// or "". Trailing parts start at the beginning or after a '_'.
func (n *names) secretPart(name string) string {
	for i := 0; i < len(name); i++ {
		if i > 0 && name[i-1] != '_' {
			continue
		}
		rest := name[i:]
		if matchAny(n.public, rest) {
			return ""
		}
		if matchAny(n.secret, rest) {
			return rest
		}
	}
	return ""
}

func matchAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// exposed reports the public prefix of a name that holds a Clerk secret by name
// alone (NEXT_PUBLIC_CLERK_SECRET_KEY) and the secret name it should have been.
func (n *names) exposed(name string) (prefix, secret string) {
	prefix = n.publicPrefix(name)
	if prefix == "" {
		return "", ""
	}
	secret = n.secretPart(name)
	if secret == "" {
		return "", ""
	}
	return prefix, secret
}

func paramError(r *rules.Rule, field, msg string) error {
	line := r.Params.Line
	if line == 0 {
		line = r.Pos.Line
	}
	return &rules.LoadError{File: r.Pos.File, Line: line, Rule: r.ID, Field: "params." + field, Msg: msg}
}

// serverName is name without its public prefixes: what the variable should be
// called (VITE_PUBLIC_CLERK_SECRET_KEY → CLERK_SECRET_KEY).
func (n *names) serverName(name string) string {
	for {
		p := n.publicPrefix(name)
		if p == "" {
			return name
		}
		name = name[len(p):]
	}
}
