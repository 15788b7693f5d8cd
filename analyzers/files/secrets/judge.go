package secrets

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"

	"github.com/clerklint/clerklint/analyzers/files/dotenv"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// projectState is what the engine derives once per project: the exact values of
// its secret env variables, as extra literals and a detector per domain.
type projectState struct {
	committed *envState
	bundle    *envState
	// foreign holds values the env files assign to another vendor's variable
	// (STRIPE_WEBHOOK_SECRET=whsec_…): such a value is never reported as Clerk's.
	foreign map[string]bool
}

type envState struct {
	det  *detect.Detector
	pf   *prefilter           // the domain's literals plus the values
	from map[string]envSource // value → where it is defined
}

type envSource struct{ name, file string }

// minEnvValueLen keeps short values (ports, flags, "true") from matching
// everywhere: a real secret is longer than this.
const minEnvValueLen = 16

// project returns the per-project state, built by the first file's Check.
func (c *checker) project(p *scan.Project) *projectState {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ps, ok := c.projects[p]; ok {
		return ps
	}
	ps := &projectState{committed: envFor(p, c.committed), bundle: envFor(p, c.bundle), foreign: map[string]bool{}}
	for _, ef := range p.Env {
		for _, v := range ef.Vars {
			if val := strings.TrimSpace(v.Value); val != "" && keys.IsForeignVendor(keys.NearestVendor(v.Name)) {
				ps.foreign[val] = true
			}
		}
	}
	c.projects[p] = ps
	return ps
}

// envFor collects, for each rule of d with env-names, the values of matching
// variables in the project's non-template env files: templates hold examples and
// placeholders, the other files hold what the developer really uses. Names that
// name another vendor (STRIPE_WEBHOOK_SECRET) are skipped even when a broad
// pattern such as WEBHOOK.*SECRET matches them.
func envFor(p *scan.Project, d *domain) *envState {
	if d == nil || len(d.env) == 0 {
		return nil
	}
	st := &envState{from: map[string]envSource{}}
	lits := slices.Clip(d.lits)
	var rs []config.Rule
	for _, id := range sortedKeys(d.env) {
		spec := d.env[id]
		var values []string
		for _, ef := range p.Env {
			if dotenv.IsTemplateName(strings.ToLower(ef.File.Base())) {
				continue
			}
			for _, v := range ef.Vars {
				val := strings.TrimSpace(v.Value)
				if len(val) < minEnvValueLen || keys.IsPlaceholder(val) || !matchesAny(spec.names, v.Name) ||
					keys.IsForeignVendor(keys.NearestVendor(v.Name)) {
					continue
				}
				if _, dup := st.from[val]; !dup {
					st.from[val] = envSource{name: v.Name, file: ef.File.Path}
					lits = append(lits, []byte(val))
				}
				values = append(values, val)
			}
		}
		if len(values) == 0 {
			continue
		}
		gr, err := envRule(d.rule[id], values, spec.allowlists)
		if err != nil {
			continue // quoted literals and pre-validated allowlists cannot fail
		}
		rs = append(rs, gr)
	}
	if len(rs) == 0 {
		return nil
	}
	st.det = detect.NewDetector(newConfig(rs))
	st.pf = newPrefilter(lits)
	return st
}

func matchesAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// judge decides whether a located gitleaks hit is reported, and how.
func (c *checker) judge(p *scan.Project, f *scan.File, src []byte, cd candidate, env *envState, foreign map[string]bool) (result, bool) {
	r := result{rule: cd.rule, start: cd.start, secret: cd.secret}
	if foreign[cd.secret] {
		return r, false
	}
	if cd.pattern == envPattern {
		if env == nil {
			return r, false
		}
		r.message = envMessage(cd.rule, env.from[cd.secret], cd.secret, f)
		return r, true
	}
	ctx := keys.Context{Vendor: keys.NearestVendor(lineBefore(src, cd.start)), ProjectUsesClerk: p.UsesClerk()}
	switch cd.rule {
	case ruleid.SecretKeyInSource, ruleid.SecretInClientBundle:
		if k, ok := keys.ParseSecretKey(cd.secret); ok {
			if keys.ClassifySecretKey(cd.secret, ctx) != keys.Clerk {
				return r, false
			}
			r.message = secretKeyMessage(cd.rule, k, f)
			return r, true
		}
		if cd.rule == ruleid.SecretInClientBundle && strings.HasPrefix(cd.secret, keys.WebhookSecretPrefix) {
			if !keys.IsWebhookSecret(cd.secret) || !webhookContext(ctx) {
				return r, false
			}
			r.message = fmt.Sprintf("webhook signing secret %s shipped in client bundle: rotate it, keep it in server code only and rebuild", keys.Redact(cd.secret))
			return r, true
		}
		// A user-added pattern (e.g. a legacy key shape): trust it unless it is filler.
		if keys.IsPlaceholder(cd.secret) {
			return r, false
		}
		if cd.rule == ruleid.SecretInClientBundle {
			r.message = fmt.Sprintf("clerk secret %s shipped in client bundle: rotate it, keep it in server code only and rebuild", keys.Redact(cd.secret))
		} else {
			r.message = fmt.Sprintf("clerk secret %s committed in %s: rotate it and read it from the environment", keys.Redact(cd.secret), where(f))
		}
		return r, true
	case ruleid.HardcodedPublishableKey:
		// Docs show keys on purpose, env files are the right place for them, and
		// source maps repeat the sources they map.
		if (f.Kind != scan.Source && f.Kind != scan.Config) || f.Lang == "map" {
			return r, false
		}
		pk, ok := keys.ParsePublishableKey(cd.secret)
		if !ok {
			return r, false
		}
		r.message = fmt.Sprintf("clerk publishable key of %s instance %s hardcoded in %s: read it from the framework's public env var (e.g. NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY) so each environment sets its own",
			pk.Instance, pk.Host, where(f))
		return r, true
	case ruleid.HardcodedWebhookSecret:
		if strings.HasPrefix(cd.secret, keys.WebhookSecretPrefix) {
			if !keys.IsWebhookSecret(cd.secret) || !webhookContext(ctx) {
				return r, false
			}
		} else if keys.IsPlaceholder(cd.secret) {
			return r, false
		}
		r.message = fmt.Sprintf("webhook signing secret %s hardcoded in %s: rotate it in the Clerk Dashboard and read CLERK_WEBHOOK_SIGNING_SECRET from the environment",
			keys.Redact(cd.secret), where(f))
		return r, true
	}
	return r, false
}

// webhookContext: Stripe signs webhooks with whsec_ secrets too, so a whsec_
// value counts as Clerk's only in a project using Clerk or next to a Clerk or
// Svix name, and never next to another vendor's name.
func webhookContext(ctx keys.Context) bool {
	if keys.IsForeignVendor(ctx.Vendor) {
		return false
	}
	return ctx.ProjectUsesClerk || ctx.Vendor != ""
}

func secretKeyMessage(rule string, k keys.SecretKey, f *scan.File) string {
	if rule == ruleid.SecretInClientBundle {
		return fmt.Sprintf("clerk %s secret key %s shipped in client bundle: rotate it, keep it in server code only and rebuild",
			k.Instance, keys.Redact(k.Key))
	}
	return fmt.Sprintf("clerk %s secret key %s committed in %s: rotate it in the Clerk Dashboard and read CLERK_SECRET_KEY from the environment",
		k.Instance, keys.Redact(k.Key), where(f))
}

func envMessage(rule string, from envSource, value string, f *scan.File) string {
	what := fmt.Sprintf("value of %s from %s (%s)", from.name, from.file, keys.Redact(value))
	switch rule {
	case ruleid.SecretInClientBundle:
		return what + " shipped in client bundle: rotate it, stop exposing it to client code and rebuild"
	case ruleid.HardcodedWebhookSecret:
		return what + " committed in " + where(f) + ": rotate it in the Clerk Dashboard and read CLERK_WEBHOOK_SIGNING_SECRET from the environment"
	}
	return what + " committed in " + where(f) + ": rotate it in the Clerk Dashboard and read it from the environment"
}
