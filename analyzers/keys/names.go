package keys

import (
	"fmt"
	"regexp"
	"strings"
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
}

// NewSecretNames compiles the rule params' suffix and whole-name patterns.
func NewSecretNames(suffix, whole []string) (*SecretNames, error) {
	n := &SecretNames{}
	var union []string
	compile := func(list []string, into *[]*regexp.Regexp) error {
		for _, p := range list {
			re, err := regexp.Compile(`^(?:` + p + `)$`)
			if err != nil {
				return fmt.Errorf("secret name pattern %q: %w", p, err)
			}
			*into = append(*into, re)
			union = append(union, `(?:`+p+`)`)
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
	if n.any, err = regexp.Compile(strings.Join(union, "|")); err != nil {
		return nil, err
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
func (n *SecretNames) Mentioned(src []byte) bool { return n.any.Match(src) }
