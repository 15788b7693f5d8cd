// Package instances is the "instances" engine: it reads which Clerk instance
// each part of a project talks to and reports a frontend and a backend on
// different instances (CLK403) and a development instance in production
// deployment configuration (CLK405).
//
// A publishable key names its instance exactly (it encodes the Frontend API
// host); a JWKS URL, an issuer or a Frontend API setting names the instance
// the backend verifies tokens against. Check collects both kinds of facts
// from env files, config and source; Finish compares them per app and
// environment, because the two sides usually live in different files.
package instances

import (
	"fmt"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/clerklint/clerklint/analyzers/files/dotenv"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Engine registers the instances engine with the scanner.
var Engine = scan.Engine{Name: "instances", IDs: []string{ruleid.InstanceMismatch, ruleid.DevInstanceInProduction}, New: New}

// maxSource bounds the source and config files read for facts: minified
// bundles and lock files are megabytes of text that configure no backend.
const maxSource = 2 << 20

type checker struct {
	mismatch bool // CLK403
	devProd  bool // CLK405

	mu    sync.Mutex
	facts map[*scan.Project]*projectFacts
}

// New builds the engine from whichever of its rules are enabled; neither
// takes params.
func New(rs []*rules.Rule, _ scan.Options) (scan.Checker, error) {
	c := &checker{facts: map[*scan.Project]*projectFacts{}}
	for _, r := range rs {
		if err := r.DecodeParams(&struct{}{}); err != nil {
			return nil, err
		}
		switch r.ID {
		case ruleid.InstanceMismatch:
			c.mismatch = true
		case ruleid.DevInstanceInProduction:
			c.devProd = true
		default:
			return nil, fmt.Errorf("%s: rule %s: the instances engine does not implement it", r.Pos, r.ID)
		}
	}
	return c, nil
}

// Wants every env file (a gitignored .env.local is where the real keys are)
// and the committable source and config files, small enough to be written
// by hand.
func (c *checker) Wants(_ *scan.Project, f *scan.File) bool {
	switch f.Kind {
	case scan.Env:
		return true
	case scan.Source, scan.Config:
		return f.Committable() && f.Size <= maxSource && f.Lang != "map" && f.Lang != "lock"
	}
	return false
}

// Check collects one file's facts (for CLK403) and reports CLK405 in it.
func (c *checker) Check(p *scan.Project, f *scan.File, src []byte, emit func(rules.Finding)) {
	var ff []fact
	if f.Kind == scan.Env {
		ff = envFacts(p, f, src)
	} else {
		ff = textFacts(f, src, productionLines(f, src))
	}
	if c.devProd {
		for _, fc := range ff {
			if fd, ok := devInProduction(p, f, fc); ok {
				emit(fd)
			}
		}
	}
	if !c.mismatch || len(ff) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	pf := c.facts[p]
	if pf == nil {
		pf = &projectFacts{}
		c.facts[p] = pf
	}
	pf.add(f, ff)
}

// Finish reports CLK403 once every file's facts are in.
func (c *checker) Finish(p *scan.Project, emit func(rules.Finding)) {
	c.mu.Lock()
	pf := c.facts[p]
	delete(c.facts, p)
	c.mu.Unlock()
	if pf == nil {
		return
	}
	pf.compare(appRoots(p), emit)
}

// kind is what a fact says about an instance.
type kind uint8

const (
	publishableKey kind = iota + 1
	secretKey
	jwksURL
	issuer
	frontendAPI
	devHost // a *.clerk.accounts.dev host in no known role
)

func (k kind) String() string {
	return [...]string{"", "publishable key", "secret key", "JWKS URL", "issuer", "Frontend API", "development host"}[k]
}

// fact is one place naming a Clerk instance.
type fact struct {
	kind kind
	pos  rules.Position // File unset until add
	host string         // Frontend API host, lower case; "" for a secret key
	inst keys.Instance
	// value is the key or URL as written (a secret key only ever leaves
	// redacted).
	value string
	// production: the fact is in production deployment configuration.
	production bool
}

// devInProduction is CLK405 for one fact.
func devInProduction(p *scan.Project, f *scan.File, fc fact) (rules.Finding, bool) {
	if !fc.production || fc.inst != keys.Development {
		return rules.Finding{}, false
	}
	envFile := f.Kind == scan.Env
	switch fc.kind {
	case publishableKey:
		if envFile {
			return rules.Finding{}, false // CLK009's
		}
	case secretKey:
		if envFile || f.Committable() {
			return rules.Finding{}, false // CLK009's or CLK001's
		}
	}
	what := fc.kind.String()
	shown := fc.host
	switch fc.kind {
	case publishableKey:
		what = "development publishable key (pk_test_)"
		shown = "Frontend API " + fc.host
	case secretKey:
		what = "development secret key"
		shown = keys.Redact(fc.value)
	}
	fd := rules.Finding{
		RuleID:    ruleid.DevInstanceInProduction,
		Position:  fc.pos,
		Construct: fc.kind.String() + ":" + fc.host,
		Message: fmt.Sprintf("%s (%s) in production configuration %s: production must use its own instance's pk_live_/sk_live_ keys and Frontend API host",
			what, shown, f.Path),
	}
	if fc.kind == secretKey {
		fd.Secret = fc.value
	}
	return fd, true
}

// envName is the environment an env file configures: "" for the files every
// environment loads (.env, .env.local), "template" for committed templates,
// otherwise the name between ".env." and ".local" (production, development,
// staging...), with prod and dev spelled out.
func envName(base string) string {
	base = strings.ToLower(base)
	if dotenv.IsTemplateName(base) {
		return "template"
	}
	if dotenv.IsProductionName(base) {
		return "production"
	}
	name := strings.TrimSuffix(base, ".local")
	switch {
	case strings.HasPrefix(name, ".env."):
		name = strings.TrimPrefix(name, ".env.")
	case name == ".env":
		name = ""
	default:
		name = strings.TrimSuffix(name, ".env") // development.env
	}
	if name == "dev" {
		return "development"
	}
	return name
}

// appRoots lists the directories that hold an app's env files or manifest:
// a monorepo's apps are compared separately.
func appRoots(p *scan.Project) map[string]bool {
	roots := map[string]bool{}
	for _, f := range p.Files {
		switch {
		case f.Kind == scan.Env:
		case f.Base() == "package.json", f.Base() == "go.mod", f.Base() == "pyproject.toml", strings.HasPrefix(f.Base(), "requirements") && f.Lang == "txt":
		default:
			continue
		}
		roots[path.Dir(f.Path)] = true
	}
	return roots
}

// appOf is the nearest app root at or above a file.
func appOf(roots map[string]bool, file string) string {
	dir := path.Dir(file)
	for {
		if roots[dir] || dir == "." || dir == "/" {
			return dir
		}
		dir = path.Dir(dir)
	}
}

// located is a fact with its file's scope.
type located struct {
	fact
	env      string // envName for env files; "" for source and config
	inEnv    bool
	dir      string
	fileKind scan.Kind
}

// projectFacts are the facts of one scan, added concurrently.
type projectFacts struct {
	keys    []located
	backend []located
}

func (pf *projectFacts) add(f *scan.File, ff []fact) {
	for _, fc := range ff {
		fc.pos.File = f.Path
		l := located{fact: fc, dir: path.Dir(f.Path), fileKind: f.Kind}
		if f.Kind == scan.Env {
			l.env, l.inEnv = envName(f.Base()), true
		}
		switch fc.kind {
		case publishableKey:
			pf.keys = append(pf.keys, l)
		case jwksURL, issuer, frontendAPI:
			pf.backend = append(pf.backend, l)
		}
	}
}

func sortLocated(ls []located) {
	sort.Slice(ls, func(i, j int) bool {
		a, b := ls[i].pos, ls[j].pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

// compare reports each backend setting whose host is the Frontend API of
// none of the publishable keys it is used with.
func (pf *projectFacts) compare(roots map[string]bool, emit func(rules.Finding)) {
	sortLocated(pf.keys)
	sortLocated(pf.backend)
	for _, b := range pf.backend {
		if b.production && b.inst == keys.Development {
			continue // CLK405's: a development host in production configuration
		}
		cands := pf.candidates(roots, b)
		if len(cands) == 0 {
			continue
		}
		matched := false
		for _, k := range cands {
			if k.host == b.host {
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		k := cands[0]
		emit(rules.Finding{
			RuleID:    ruleid.InstanceMismatch,
			Position:  b.pos,
			Construct: b.kind.String() + ":" + b.host,
			Message: fmt.Sprintf("%s host %s is not the Frontend API %s of the %s instance's publishable key at %s:%d: the frontend and the backend use different Clerk instances, so every session token is rejected",
				b.kind, b.host, k.host, k.inst, k.pos.File, k.pos.Line),
			Related: []rules.Related{{Position: k.pos, Message: fmt.Sprintf("publishable key of %s", k.host)}},
		})
	}
}

// candidates are the publishable keys a backend setting is used with. For a
// setting in an env file: the keys of the same directory's env files of its
// environment, or, when those hold none, of the files every environment
// loads (.env, .env.local). For a setting in source or config, which every
// environment shares: the keys of its app of the same instance kind, since
// code often picks a development or a production URL at run time.
func (pf *projectFacts) candidates(roots map[string]bool, b located) []located {
	var out []located
	if b.inEnv {
		passes := []string{b.env}
		if b.env != "" && b.env != "template" {
			passes = append(passes, "")
		}
		for _, pass := range passes {
			for _, k := range pf.keys {
				if k.inEnv && k.dir == b.dir && k.env == pass {
					out = append(out, k)
				}
			}
			if len(out) > 0 {
				break
			}
		}
		return out
	}
	app := appOf(roots, b.pos.File)
	for _, k := range pf.keys {
		if k.inst != b.inst || k.env == "template" {
			continue
		}
		if k.inEnv && k.dir == app || !k.inEnv && appOf(roots, k.pos.File) == app {
			out = append(out, k)
		}
	}
	return out
}
