package keys

import (
	"bytes"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"

	"github.com/clerklint/clerklint/rules"
)

// SecretNames decides which env variable names hold Clerk secrets, with the
// convention CLK003 set and CLK004 and CLK008 share: a suffix pattern matches a
// whole trailing part of the name that starts at its beginning or after a '_'
// (CLERK_SECRET_KEY also names VITE_CLERK_SECRET_KEY and MYAPP_CLERK_SECRET_KEY,
// never CLERK_SECRET_KEYS_DOC); a whole pattern must match the entire name
// (bare WEBHOOK_SECRET is too generic to match as a suffix). One matcher, so
// the rules cannot drift apart on what a secret name is.
type SecretNames struct {
	suffix []*regexp.Regexp // anchored at both ends
	whole  []*regexp.Regexp // anchored at both ends
	any    *regexp.Regexp   // unanchored union, to prefilter sources
	// literals holds, per pattern, a literal every match contains (nil when
	// one pattern has none): bytes.Contains rejects most files before the
	// union regex, which has no literal prefix to skip ahead with, runs.
	literals [][]byte
}

// NewSecretNames compiles the rule params' suffix and whole-name patterns.
func NewSecretNames(suffix, whole []string) (*SecretNames, error) {
	n := &SecretNames{}
	var union, lits []string
	compile := func(list []string, into *[]*regexp.Regexp) error {
		for _, p := range list {
			re, err := rules.CompileShared(`^(?:` + p + `)$`)
			if err != nil {
				return fmt.Errorf("secret name pattern %q: %w", p, err)
			}
			*into = append(*into, re)
			union = append(union, `(?:`+p+`)`)
			lits = append(lits, requiredLiteral(p))
		}
		return nil
	}
	if err := compile(suffix, &n.suffix); err != nil {
		return nil, err
	}
	if err := compile(whole, &n.whole); err != nil {
		return nil, err
	}
	if len(union) == 0 {
		return nil, fmt.Errorf("no secret name patterns")
	}
	var err error
	if n.any, err = rules.CompileShared(strings.Join(union, "|")); err != nil {
		return nil, err
	}
	for _, l := range lits {
		if l == "" {
			n.literals = nil
			break
		}
		n.literals = append(n.literals, []byte(l))
	}
	return n, nil
}

// Match reports whether name holds a Clerk secret.
func (n *SecretNames) Match(name string) bool {
	for _, re := range n.whole {
		if re.MatchString(name) {
			return true
		}
	}
	for i := 0; i < len(name); i++ {
		if i > 0 && name[i-1] != '_' {
			continue
		}
		for _, re := range n.suffix {
			if re.MatchString(name[i:]) {
				return true
			}
		}
	}
	return false
}

// Mentioned reports whether src contains text any pattern matches: a source
// file that does not cannot name a secret variable, so it need not be parsed.
func (n *SecretNames) Mentioned(src []byte) bool {
	if n.literals != nil {
		found := false
		for _, l := range n.literals {
			if bytes.Contains(src, l) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return n.any.Match(src)
}

// requiredLiteral is the longest case-sensitive literal that every match of
// pattern contains ("" if none is known): `_SECRET` in
// `(?:VITE_)?(?:WEBHOOK|SIGNING)_SECRET`.
func requiredLiteral(pattern string) string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return ""
	}
	re = re.Simplify()
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	lit := func(r *syntax.Regexp) string {
		if r.Op == syntax.OpLiteral && r.Flags&syntax.FoldCase == 0 {
			return string(r.Rune)
		}
		return ""
	}
	if re.Op != syntax.OpConcat {
		return lit(re)
	}
	best, run := "", ""
	for _, sub := range re.Sub {
		// Adjacent literals (split by Simplify) join into one run.
		if l := lit(sub); l != "" {
			run += l
		} else {
			run = ""
		}
		if len(run) > len(best) {
			best = run
		}
	}
	return best
}
