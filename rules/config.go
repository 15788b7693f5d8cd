package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/clerklint/clerklint/internal/regular"
)

// Config is a project's .clerklint.yml: which rules run, at what severity, and
// which paths the scan skips.
type Config struct {
	// FailOn is the lowest severity that makes the scan exit 1 ("never" disables).
	FailOn string `yaml:"fail-on"`
	// Enable and Disable select rules by id; Enable, when set, is an allowlist.
	Enable  []string              `yaml:"enable"`
	Disable []string              `yaml:"disable"`
	Rules   map[string]RuleConfig `yaml:"rules"`
	// Exclude drops findings (and file reads) under these globs.
	Exclude []Glob `yaml:"exclude"`
	// SkipDirs adds directory globs that the walk never enters.
	SkipDirs []Glob `yaml:"skip-dirs"`
	// MaxFileSize in bytes; larger files are listed as skipped.
	MaxFileSize int64 `yaml:"max-file-size"`
	// AllSecrets is --all-secrets for projects that always want it.
	AllSecrets bool `yaml:"all-secrets"`
	// PublicRoutes are route globs that need no session (CLK101), added to the
	// built-in health/static defaults; PrivilegedRoutes replace the /admin/**,
	// /internal/** defaults of CLK201. MaxTokenLifetime is CLK603's threshold
	// (a Go duration such as 168h).
	PublicRoutes     []Glob `yaml:"public-routes"`
	PrivilegedRoutes []Glob `yaml:"privileged-routes"`
	MaxTokenLifetime string `yaml:"max-token-lifetime"`

	// Path is the file the config came from ("" when defaulted).
	Path string `yaml:"-"`
}

// RuleConfig re-levels, disables or narrows one rule, or overrides some of
// its params.
type RuleConfig struct {
	Severity *Severity `yaml:"severity"`
	Disabled bool      `yaml:"disabled"`
	Exclude  []Glob    `yaml:"exclude"`
	// Params override the named keys of the rule's YAML params: mappings
	// merge, lists and scalars replace, lists tagged !append extend (see
	// Select and Rule.overrideParams).
	Params yaml.Node `yaml:"params"`
}

// MaxConfigSize caps what is read of a config or rules file.
const MaxConfigSize = 16 << 20

// LoadConfig reads a config file strictly. A symlink, FIFO or device is
// refused, never followed or waited on. A missing file at the default location is
// not an error (optional=true); a missing explicit --config is.
func LoadConfig(path string, optional bool) (*Config, error) {
	data, err := regular.Read(path, MaxConfigSize)
	if err != nil {
		if optional && errors.Is(err, fs.ErrNotExist) {
			return &Config{}, nil
		}
		return nil, fmt.Errorf("read config: %w", err)
	}
	return ParseConfig(path, data)
}

// ParseConfig decodes config data; name is used in errors.
func ParseConfig(name string, data []byte) (*Config, error) {
	c := &Config{Path: name}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlSyntaxError(name, err)
	}
	if len(doc.Content) == 0 {
		return c, nil
	}
	root := doc.Content[0]
	if err := checkKnownFields(name, "", root, reflect.TypeOf(Config{})); err != nil {
		return nil, err
	}
	if err := root.Decode(c); err != nil {
		return nil, decodeError(name, "", root, err)
	}
	c.Path = name
	if c.MaxTokenLifetime != "" {
		if _, err := time.ParseDuration(c.MaxTokenLifetime); err != nil {
			return nil, &LoadError{File: name, Line: valueNode(root, "max-token-lifetime").Line, Field: "max-token-lifetime", Msg: err.Error()}
		}
	}
	if c.FailOn != "" {
		if _, err := ParseFailOn(c.FailOn); err != nil {
			return nil, &LoadError{File: name, Line: valueNode(root, "fail-on").Line, Field: "fail-on", Msg: err.Error()}
		}
	}
	return c, nil
}

// ParseFailOn maps a --fail-on value to a threshold; 0 means never fail.
func ParseFailOn(s string) (Severity, error) {
	if s == "never" {
		return 0, nil
	}
	sev, err := ParseSeverity(s)
	if err != nil {
		return 0, fmt.Errorf("unknown fail-on %q (want one of %s, never)", s, strings.Join(SeverityNames(), ", "))
	}
	return sev, nil
}

// Selection is the outcome of applying enable/disable lists and per-rule settings.
type Selection struct {
	Set *Set
	// Exclude holds per-rule extra exclude globs from the config.
	Exclude map[string][]Glob
}

// Select applies the config and the --enable/--disable flags to a rule set. Unknown
// ids are errors so a typo never silently disables nothing.
//
// A rule's params overrides (rules.ID.params) are merged here, once, into the
// selected copy of the rule, so every engine decoding that rule's params sees
// them; the engine's schema validates them when it decodes (DecodeParams).
// Rules sharing params through a YAML anchor keep the declared values: an
// override applies to the rule it is written under.
func Select(s *Set, c *Config, enable, disable []string) (*Selection, error) {
	var unknown []string
	check := func(ids []string) {
		for _, id := range ids {
			if s.Get(id) == nil {
				unknown = append(unknown, id)
			}
		}
	}
	enable = append(append([]string(nil), c.Enable...), enable...)
	disable = append(append([]string(nil), c.Disable...), disable...)
	check(enable)
	check(disable)
	for id := range c.Rules {
		check([]string{id})
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, fmt.Errorf("unknown rule id(s): %s (see `clerklint rules`)", strings.Join(unknown, ", "))
	}
	on := map[string]bool{}
	for _, id := range enable {
		on[id] = true
	}
	off := map[string]bool{}
	for _, id := range disable {
		off[id] = true
	}
	sel := &Selection{Exclude: map[string][]Glob{}}
	var out []*Rule
	for _, r := range s.All() {
		rc := c.Rules[r.ID]
		if off[r.ID] || rc.Disabled || (len(on) > 0 && !on[r.ID]) {
			continue
		}
		if rc.Severity != nil || hasParams(&rc.Params) {
			cp := *r
			if rc.Severity != nil {
				cp.Severity = *rc.Severity
			}
			if hasParams(&rc.Params) {
				file := c.Path
				if file == "" {
					file = ConfigName
				}
				if err := cp.overrideParams(file, &rc.Params); err != nil {
					return nil, err
				}
			}
			r = &cp
		}
		if len(rc.Exclude) > 0 {
			sel.Exclude[r.ID] = rc.Exclude
		}
		out = append(out, r)
	}
	sel.Set = newSet(out, s.items, s.stacks)
	return sel, nil
}

// Reports says whether a finding of rule r in path passes the rule's own paths,
// the config's global exclude and the rule's config exclude.
func (sel *Selection) Reports(r *Rule, c *Config, path string) bool {
	if !r.Paths.Match(path) || anyGlob(c.Exclude, path) {
		return false
	}
	return !anyGlob(sel.Exclude[r.ID], path)
}
