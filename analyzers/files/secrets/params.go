package secrets

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/zricethezav/gitleaks/v8/config"
	"gopkg.in/yaml.v3"

	"github.com/clerklint/clerklint/rules"
)

// pattern is one gitleaks rule written in a clerklint rule's params. The field
// names are gitleaks' own, so a gitleaks rule or allowlist can be pasted in.
type pattern struct {
	Name        string       `yaml:"name"`
	Regex       rules.Regexp `yaml:"regex"`
	SecretGroup int          `yaml:"secretGroup"`
	Entropy     float64      `yaml:"entropy"`
	// Keywords are also the engine's literal prefilter: only text around an exact,
	// case-sensitive occurrence of a keyword is ever handed to the regex.
	Keywords   []string    `yaml:"keywords"`
	Allowlists []allowlist `yaml:"allowlists"`
}

// allowlist is a gitleaks allowlist ([[rules.allowlists]]).
type allowlist struct {
	Description string         `yaml:"description"`
	Condition   string         `yaml:"condition"`
	RegexTarget string         `yaml:"regexTarget"`
	Regexes     []rules.Regexp `yaml:"regexes"`
	StopWords   []string       `yaml:"stopwords"`
	Paths       []rules.Regexp `yaml:"paths"`
}

// keyParams are the params of CLK001, CLK005 and CLK006.
type keyParams struct {
	Patterns []pattern `yaml:"patterns"`
	// Allowlists apply to every pattern of the rule and to env-names matches.
	Allowlists []allowlist `yaml:"allowlists"`
	// EnvNames select env variables (from non-template env files) whose exact
	// values are secrets of this rule wherever they appear.
	EnvNames []rules.Regexp `yaml:"env-names"`
}

// bundleParams are the params of CLK002.
type bundleParams struct {
	Patterns   []pattern      `yaml:"patterns"`
	Allowlists []allowlist    `yaml:"allowlists"`
	EnvNames   []rules.Regexp `yaml:"env-names"`
	// BuildOutput globs select built client assets; ExcludeOutput removes
	// server-side output below them.
	BuildOutput   []rules.Glob `yaml:"build-output"`
	ExcludeOutput []rules.Glob `yaml:"exclude-output"`
	// AssetExtensions limit BuildOutput to files a browser downloads.
	AssetExtensions []string `yaml:"asset-extensions"`
}

// thirdPartyParams are the params of CLK010.
type thirdPartyParams struct {
	// MaxFileSize bounds the files gitleaks' 222 default rules run over; they
	// run at about 1–2 MB/s, so a multi-MB committed bundle would dominate a scan.
	MaxFileSize int64 `yaml:"max-file-size"`
	// SkipRules are gitleaks rule ids never reported (e.g. generic-api-key).
	SkipRules []string `yaml:"skip-rules"`
}

// paramError locates a params problem the YAML decoder could not see.
func paramError(r *rules.Rule, field, format string, args ...any) error {
	line := r.Pos.Line
	if n := paramNode(&r.Params, strings.Split(field, ".")); n != nil {
		line = n.Line
	} else if r.Params.Line > 0 {
		line = r.Params.Line
	}
	return &rules.LoadError{File: r.Pos.File, Line: line, Rule: r.ID, Field: "params." + field, Msg: fmt.Sprintf(format, args...)}
}

// paramNode follows a dotted path (mapping keys and sequence indexes) below n.
func paramNode(n *yaml.Node, path []string) *yaml.Node {
	for _, p := range path {
		switch n.Kind {
		case yaml.MappingNode:
			var next *yaml.Node
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == p {
					next = n.Content[i+1]
					break
				}
			}
			if next == nil {
				return nil
			}
			n = next
		case yaml.SequenceNode:
			i, err := strconv.Atoi(p)
			if err != nil || i < 0 || i >= len(n.Content) {
				return nil
			}
			n = n.Content[i]
		default:
			return nil
		}
	}
	return n
}

// gitleaksRules turns a rule's patterns into validated gitleaks rules named
// "<rule id>/<pattern name>". Patterns must have keywords: the engine only scans
// text around keyword hits, so a keyword-less pattern would silently never run.
func gitleaksRules(r *rules.Rule, pats []pattern, common []allowlist) ([]config.Rule, error) {
	var out []config.Rule
	seen := map[string]bool{}
	for i, pt := range pats {
		field := "patterns." + strconv.Itoa(i)
		if pt.Regex.Regexp == nil {
			return nil, paramError(r, field, "regex is required")
		}
		if pt.Name == "" || strings.ContainsAny(pt.Name, "/ ") {
			return nil, paramError(r, field+".name", "needs a name without '/' or spaces, got %q", pt.Name)
		}
		if seen[pt.Name] {
			return nil, paramError(r, field+".name", "duplicate pattern name %q", pt.Name)
		}
		seen[pt.Name] = true
		if len(pt.Keywords) == 0 {
			return nil, paramError(r, field, "keywords are required: the engine only runs patterns around keyword hits")
		}
		for j, k := range pt.Keywords {
			if len(k) < 3 {
				return nil, paramError(r, field+".keywords."+strconv.Itoa(j), "keyword %q is too short to prefilter with (3 bytes minimum)", k)
			}
		}
		if pt.SecretGroup < 0 || pt.SecretGroup > pt.Regex.NumSubexp() {
			return nil, paramError(r, field+".secretGroup", "group %d does not exist (the regex has %d)", pt.SecretGroup, pt.Regex.NumSubexp())
		}
		if pt.Entropy < 0 {
			return nil, paramError(r, field+".entropy", "must not be negative")
		}
		gr := config.Rule{
			RuleID:      r.ID + "/" + pt.Name,
			Description: r.Title,
			Regex:       pt.Regex.Regexp,
			SecretGroup: pt.SecretGroup,
			Entropy:     pt.Entropy,
			Keywords:    lowerAll(pt.Keywords),
		}
		als, err := gitleaksAllowlists(r, field+".allowlists", pt.Allowlists)
		if err != nil {
			return nil, err
		}
		shared, err := gitleaksAllowlists(r, "allowlists", common)
		if err != nil {
			return nil, err
		}
		gr.Allowlists = append(als, shared...)
		if err := gr.Validate(); err != nil {
			return nil, paramError(r, field, "%v", err)
		}
		out = append(out, gr)
	}
	return out, nil
}

// envRule is the gitleaks rule matching the exact values of a project's secret env
// variables, so the rule's allowlists apply to them as to its patterns.
func envRule(r *rules.Rule, values []string, common []allowlist) (config.Rule, error) {
	// Longest first: the alternation is leftmost-first, and a value that is a
	// prefix of another must not cut the longer one short.
	values = slices.Clone(values)
	slices.SortStableFunc(values, func(a, b string) int { return len(b) - len(a) })
	quoted := make([]string, len(values))
	for i, v := range values {
		quoted[i] = regexp.QuoteMeta(v)
	}
	re, err := regexp.Compile("(" + strings.Join(quoted, "|") + ")")
	if err != nil {
		return config.Rule{}, err
	}
	gr := config.Rule{RuleID: r.ID + "/" + envPattern, Description: r.Title, Regex: re, SecretGroup: 1}
	if gr.Allowlists, err = gitleaksAllowlists(r, "allowlists", common); err != nil {
		return config.Rule{}, err
	}
	return gr, gr.Validate()
}

// envPattern names the exact-env-value pseudo-pattern of a rule.
const envPattern = "env"

func gitleaksAllowlists(r *rules.Rule, field string, als []allowlist) ([]*config.Allowlist, error) {
	var out []*config.Allowlist
	for i, a := range als {
		f := field + "." + strconv.Itoa(i)
		ga := &config.Allowlist{Description: a.Description, StopWords: a.StopWords}
		switch strings.ToUpper(a.Condition) {
		case "", "OR", "||":
			ga.MatchCondition = config.AllowlistMatchOr
		case "AND", "&&":
			ga.MatchCondition = config.AllowlistMatchAnd
		default:
			return nil, paramError(r, f+".condition", "unknown condition %q (want OR or AND)", a.Condition)
		}
		switch a.RegexTarget {
		case "", "secret":
		case "match", "line":
			ga.RegexTarget = a.RegexTarget
		default:
			return nil, paramError(r, f+".regexTarget", "unknown regexTarget %q (want secret, match or line)", a.RegexTarget)
		}
		for _, re := range a.Regexes {
			ga.Regexes = append(ga.Regexes, re.Regexp)
		}
		for _, re := range a.Paths {
			ga.Paths = append(ga.Paths, re.Regexp)
		}
		if err := ga.Validate(); err != nil {
			return nil, paramError(r, f, "%v", err)
		}
		out = append(out, ga)
	}
	return out, nil
}

func lowerAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.ToLower(s)
	}
	return out
}

// newConfig assembles a gitleaks config from validated rules. The config's Path
// stays empty: gitleaks silently skips a fragment whose path equals it.
func newConfig(rs []config.Rule) config.Config {
	cfg := config.Config{Rules: map[string]config.Rule{}, Keywords: map[string]struct{}{}}
	for _, r := range rs {
		cfg.Rules[r.RuleID] = r
		cfg.OrderedRules = append(cfg.OrderedRules, r.RuleID)
		for _, k := range r.Keywords {
			cfg.Keywords[k] = struct{}{}
		}
	}
	return cfg
}
