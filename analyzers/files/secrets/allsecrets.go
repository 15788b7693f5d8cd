package secrets

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/viper"
	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"

	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// defaultConfig translates gitleaks' embedded default rules. It decodes with a
// private viper instance (the global one is shared with gitleaks' own helpers),
// recovers from Translate's MustCompile, clears Config.Path (gitleaks skips any
// fragment whose path equals it) and validates each rule itself, because
// Translate skips validation when gitleaks' global extend depth was left
// non-zero by an earlier extended config in this process.
func defaultConfig() (cfg config.Config, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gitleaks default config: %v", r)
		}
	}()
	v := viper.New()
	v.SetConfigType("toml")
	if err := v.ReadConfig(strings.NewReader(config.DefaultConfig)); err != nil {
		return cfg, fmt.Errorf("gitleaks default config: %w", err)
	}
	var vc config.ViperConfig
	if err := v.Unmarshal(&vc); err != nil {
		return cfg, fmt.Errorf("gitleaks default config: %w", err)
	}
	if cfg, err = vc.Translate(); err != nil {
		return cfg, fmt.Errorf("gitleaks default config: %w", err)
	}
	cfg.Path = ""
	for id, r := range cfg.Rules {
		if err := r.Validate(); err != nil {
			return cfg, fmt.Errorf("gitleaks default config: %w", err)
		}
		cfg.Rules[id] = r
	}
	return cfg, nil
}

// allChunk is the fragment size for gitleaks' default rules: per file, cut at
// line ends, because gitleaks locates each match by walking the fragment's
// newlines, which turns quadratic on large fragments.
const allChunk = 256 << 10

type located struct {
	rule   string
	start  int
	secret string
}

// scanAll runs gitleaks' default rules over a committed file. Its hits on
// Clerk-shaped keys become CLK001 (gitleaks calls them stripe-access-token), hits
// on publishable keys and placeholders are dropped, and the rest are CLK010.
// Nothing already reported at the same place is reported again.
func (c *checker) scanAll(p *scan.Project, f *scan.File, src []byte, kept []result, bundle bool) []result {
	clerkDomain := !bundle && !isLocalEnv(f) && c.committed != nil && c.committed.rule[ruleid.SecretKeyInSource] != nil
	var out []result
	before, after := newSpans(kept), &spans{} // out's ranges come in start order
	for start := 0; start < len(src); {
		end := min(len(src), start+allChunk)
		if end < len(src) {
			if i := bytes.IndexByte(src[end:], '\n'); i >= 0 {
				end += i + 1
			} else {
				end = len(src)
			}
		}
		text := string(src[start:end])
		var hits []located
		for _, gf := range c.all.Detect(detect.Fragment{Raw: text, FilePath: f.Path, StartLine: 1}) {
			if off, ok := locate(text, gf); ok {
				hits = append(hits, located{rule: gf.RuleID, start: start + off, secret: gf.Secret})
			}
		}
		// gitleaks returns rules in map order; sort so that overlaps resolve the
		// same way every run, specific rules before generic ones.
		sort.Slice(hits, func(i, j int) bool {
			a, b := hits[i], hits[j]
			if a.start != b.start {
				return a.start < b.start
			}
			if ga, gb := strings.Contains(a.rule, "generic"), strings.Contains(b.rule, "generic"); ga != gb {
				return gb
			}
			return a.rule < b.rule
		})
		for _, h := range hits {
			end := h.start + len(h.secret)
			if before.Overlaps(h.start, end) || after.Overlaps(h.start, end) {
				continue
			}
			if r, ok := c.judgeThirdParty(p, f, src, h, clerkDomain); ok {
				out = append(out, r)
				after.Add(h.start, end)
			}
		}
		start = end
	}
	return out
}

func (c *checker) judgeThirdParty(p *scan.Project, f *scan.File, src []byte, h located, clerkDomain bool) (result, bool) {
	r := result{start: h.start, secret: h.secret}
	if k, ok := keys.ParseSecretKey(h.secret); ok {
		ctx := keys.Context{Vendor: keys.NearestVendor(lineBefore(src, h.start)), ProjectUsesClerk: p.UsesClerk()}
		switch keys.ClassifySecretKey(h.secret, ctx) {
		case keys.Clerk:
			if !clerkDomain {
				return r, false // a bundle (CLK002) or a local env file (CLK007)
			}
			r.rule, r.message = ruleid.SecretKeyInSource, secretKeyMessage(ruleid.SecretKeyInSource, k, f)
			return r, true
		case keys.NotClerk:
		default:
			return r, false
		}
	}
	if _, ok := keys.ParsePublishableKey(h.secret); ok {
		return r, false // public by design (generic-api-key flags them)
	}
	if !c.thirdParty || c.skip[h.rule] || keys.IsPlaceholder(h.secret) {
		return r, false
	}
	r.rule = ruleid.ThirdPartySecret
	r.message = fmt.Sprintf("non-clerk credential %s committed (gitleaks rule %s): rotate it and load it from the environment or a secret store",
		keys.Redact(h.secret), h.rule)
	return r, true
}
