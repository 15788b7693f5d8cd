// Package secrets is the secrets engine: it finds Clerk credentials in committed
// files (CLK001 secret keys, CLK005 publishable keys, CLK006 webhook secrets) and
// in built client bundles (CLK002), and with --all-secrets reports gitleaks'
// default rules too (CLK010).
//
// Detection is two-staged for speed and exact positions: a literal prefilter
// (bytes.IndexByte on the rarest byte of each key prefix and of each exact value
// of the project's secret env variables) picks small windows, and a gitleaks
// detector built from the rules' YAML params runs only on those windows. Every
// hit is then judged by analyzers/keys, which knows Stripe look-alikes and
// placeholders. Positions are computed from byte offsets, never taken from
// gitleaks.
package secrets

import (
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/rs/zerolog"
	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/logging"

	"github.com/clerklint/clerklint/analyzers/files/dotenv"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Name is the engine name rules refer to with `engine: secrets`.
const Name = "secrets"

// Engine is the secrets engine, registered in analyzers/engines.
var Engine = scan.Engine{Name: Name, IDs: []string{ruleid.SecretKeyInSource, ruleid.SecretInClientBundle, ruleid.HardcodedPublishableKey, ruleid.HardcodedWebhookSecret, ruleid.ThirdPartySecret}, New: New}

// quietGitleaks silences gitleaks' package-global logger, which otherwise writes
// colored Info/Warn lines to stderr from inside Detect. It is set once, before any
// detector exists, because assigning it while scans run would be a data race.
var quietGitleaks sync.Once

func quietLogger() { logging.Logger = zerolog.Nop() }

// domain is one group of rules sharing files and a detector: the committed-file
// rules (CLK001, CLK005, CLK006) or the bundle rule (CLK002).
type domain struct {
	// det builds the gitleaks detector on first use, by a file holding one
	// of the patterns' keywords (building it compiles every pattern and
	// allowlist, wasted on the many scans without one); nil when no rule of
	// the domain has patterns.
	det  func() *detect.Detector
	lits [][]byte // the patterns' keywords, as written
	pf   *prefilter
	rule map[string]*rules.Rule
	// env holds, per rule id, the env names whose values are that rule's secrets
	// and the allowlists applied to those values.
	env map[string]envSpec
}

type envSpec struct {
	names      []*regexp.Regexp
	allowlists []allowlist
}

type checker struct {
	committed *domain
	bundle    *domain
	// bundle file selection (CLK002 params)
	buildOutput   []rules.Glob
	excludeOutput []rules.Glob
	assetExts     map[string]bool

	// --all-secrets
	all        *detect.Detector
	allMax     int64
	skip       map[string]bool
	thirdParty bool // CLK010 enabled

	mu       sync.Mutex
	projects map[*scan.Project]*projectState
}

// New builds the engine's checker from its enabled rules.
func New(rs []*rules.Rule, opts scan.Options) (scan.Checker, error) {
	quietGitleaks.Do(quietLogger)
	c := &checker{projects: map[*scan.Project]*projectState{}}
	var committedRules []*rules.Rule
	var thirdParty *rules.Rule
	for _, r := range rs {
		switch r.ID {
		case ruleid.SecretKeyInSource, ruleid.HardcodedPublishableKey, ruleid.HardcodedWebhookSecret:
			committedRules = append(committedRules, r)
		case ruleid.SecretInClientBundle:
			d, err := c.newBundle(r)
			if err != nil {
				return nil, err
			}
			c.bundle = d
		case ruleid.ThirdPartySecret:
			thirdParty = r
		default:
			return nil, &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: "engines",
				Msg: "the secrets engine implements CLK001, CLK002, CLK005, CLK006 and CLK010 only"}
		}
	}
	if len(committedRules) > 0 {
		d, err := newCommitted(committedRules)
		if err != nil {
			return nil, err
		}
		c.committed = d
	}
	if thirdParty != nil {
		var tp thirdPartyParams
		if err := thirdParty.DecodeParams(&tp); err != nil {
			return nil, err
		}
		if tp.MaxFileSize < 0 {
			return nil, paramError(thirdParty, "max-file-size", "must not be negative")
		}
		c.allMax, c.thirdParty = tp.MaxFileSize, true
		c.skip = map[string]bool{}
		for _, id := range tp.SkipRules {
			c.skip[id] = true
		}
	}
	// gitleaks' defaults also find Clerk keys (as stripe-access-token), so they
	// run when either rule that can report their hits is on.
	if opts.AllSecrets && (thirdParty != nil || (c.committed != nil && c.committed.rule[ruleid.SecretKeyInSource] != nil)) {
		cfg, err := defaultConfig()
		if err != nil {
			return nil, err
		}
		c.all = detect.NewDetector(cfg)
		if c.allMax == 0 { // max-file-size: 0 means the default
			c.allMax = defaultAllMax
		}
	}
	return c, nil
}

// defaultAllMax bounds --all-secrets when CLK010 is disabled (so its params are
// unknown) but CLK001 still wants gitleaks' Clerk-shaped hits.
const defaultAllMax = 2 << 20

func newCommitted(rs []*rules.Rule) (*domain, error) {
	d := &domain{rule: map[string]*rules.Rule{}, env: map[string]envSpec{}}
	var grs []config.Rule
	var pats []pattern
	for _, r := range rs {
		var kp keyParams
		if err := r.DecodeParams(&kp); err != nil {
			return nil, err
		}
		if len(kp.Patterns) == 0 {
			return nil, paramError(r, "patterns", "at least one pattern is required")
		}
		if r.ID == ruleid.HardcodedPublishableKey && len(kp.EnvNames) > 0 {
			return nil, paramError(r, "env-names", "not supported: publishable keys are not secrets")
		}
		g, err := gitleaksRules(r, kp.Patterns, kp.Allowlists)
		if err != nil {
			return nil, err
		}
		grs = append(grs, g...)
		pats = append(pats, kp.Patterns...)
		d.rule[r.ID] = r
		if len(kp.EnvNames) > 0 {
			d.env[r.ID] = envSpec{names: regexps(kp.EnvNames), allowlists: kp.Allowlists}
		}
	}
	d.finish(grs, pats)
	return d, nil
}

func (c *checker) newBundle(r *rules.Rule) (*domain, error) {
	var bp bundleParams
	if err := r.DecodeParams(&bp); err != nil {
		return nil, err
	}
	if len(bp.BuildOutput) == 0 {
		return nil, paramError(r, "build-output", "at least one glob is required")
	}
	if len(bp.AssetExtensions) == 0 {
		return nil, paramError(r, "asset-extensions", "at least one extension is required")
	}
	if len(bp.Patterns) == 0 && len(bp.EnvNames) == 0 {
		return nil, paramError(r, "patterns", "needs patterns or env-names")
	}
	c.buildOutput, c.excludeOutput = bp.BuildOutput, bp.ExcludeOutput
	c.assetExts = map[string]bool{}
	for _, e := range bp.AssetExtensions {
		c.assetExts[strings.ToLower(strings.TrimPrefix(e, "."))] = true
	}
	grs, err := gitleaksRules(r, bp.Patterns, bp.Allowlists)
	if err != nil {
		return nil, err
	}
	d := &domain{rule: map[string]*rules.Rule{r.ID: r}, env: map[string]envSpec{}}
	if len(bp.EnvNames) > 0 {
		d.env[r.ID] = envSpec{names: regexps(bp.EnvNames), allowlists: bp.Allowlists}
	}
	d.finish(grs, bp.Patterns)
	return d, nil
}

// finish builds the detector and the literal prefilter. The literals are the
// patterns' keywords as written (case-sensitive), not gitleaks' lowercased copies.
func (d *domain) finish(grs []config.Rule, pats []pattern) {
	if len(grs) == 0 {
		return
	}
	d.det = sync.OnceValue(func() *detect.Detector { return detect.NewDetector(newConfig(grs)) })
	seen := map[string]bool{}
	for _, pt := range pats {
		for _, k := range pt.Keywords {
			if !seen[k] {
				seen[k] = true
				d.lits = append(d.lits, []byte(k))
			}
		}
	}
	d.pf = newPrefilter(d.lits)
}

func regexps(rs []rules.Regexp) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(rs))
	for i, r := range rs {
		out[i] = r.Regexp
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// isBundle reports whether f is a built client asset per CLK002's params.
func (c *checker) isBundle(f *scan.File) bool {
	if c.bundle == nil || !c.assetExts[f.Lang] {
		return false
	}
	return anyGlob(c.buildOutput, f.Path) && !anyGlob(c.excludeOutput, f.Path)
}

func anyGlob(gs []rules.Glob, p string) bool {
	for _, g := range gs {
		if g.Match(p) {
			return true
		}
	}
	return false
}

// isLocalEnv reports whether f is a real (non-template) env file: the env
// engine's territory (CLK007), and where secrets belong when it is gitignored.
func isLocalEnv(f *scan.File) bool {
	return f.Kind == scan.Env && !dotenv.IsTemplateName(strings.ToLower(f.Base()))
}

// Wants reads bundles even when gitignored (build output always is, and it is
// still served to browsers); everything else only when it is committable.
func (c *checker) Wants(p *scan.Project, f *scan.File) bool {
	if c.isBundle(f) {
		return true
	}
	if !f.Committable() {
		return false
	}
	if isLocalEnv(f) {
		return c.all != nil && c.thirdParty
	}
	return c.committed != nil || c.all != nil
}

// Local: a key is reported in the file that holds it; the project state is
// built from the env files, not from other files' checks.
func (*checker) Local() {}

// Check scans one file.
func (c *checker) Check(p *scan.Project, f *scan.File, src []byte, emit func(rules.Finding)) {
	ps := c.project(p)
	var found []result
	bundle := c.isBundle(f)
	switch {
	case bundle:
		found = c.scanDomain(p, f, src, c.bundle, ps.bundle, ps.foreign)
		if len(found) > 0 && f.Lang != "map" {
			addRelated(p, f, src, found)
		}
	case c.committed != nil && f.Committable() && !isLocalEnv(f):
		found = c.scanDomain(p, f, src, c.committed, ps.committed, ps.foreign)
	}
	if c.all != nil && f.Committable() && int64(len(src)) <= c.allMax {
		found = append(found, c.scanAll(p, f, src, found, bundle)...)
	}
	sort.Slice(found, func(i, j int) bool { return found[i].start < found[j].start })
	cur := newCursor(src)
	for _, r := range found {
		line, col := cur.at(r.start)
		endLine, endCol := line, col+len(r.secret)
		if n := strings.Count(r.secret, "\n"); n > 0 {
			endLine += n
			endCol = len(r.secret) - strings.LastIndexByte(r.secret, '\n')
		}
		emit(rules.Finding{
			RuleID:   r.rule,
			Position: rules.Position{File: f.Path, Line: line, Column: col, EndLine: endLine, EndColumn: endCol},
			Message:  r.message,
			Secret:   r.secret,
			Related:  r.related,
		})
	}
}

// result is an accepted finding before positions are computed.
type result struct {
	rule    string
	start   int
	secret  string
	message string
	related []rules.Related
}

func (r result) end() int { return r.start + len(r.secret) }

// spans indexes disjoint [start, end) ranges of accepted results, so that one
// key is reported once, whichever rule or pattern saw it first. Ranges are
// added in increasing start order (Add) or all at once (newSpans); being
// disjoint, their ends are sorted too, and a query is a binary search: a
// file holding 200,000 keys made the linear search quadratic (86 s).
type spans struct{ starts, ends []int }

func newSpans(rs []result) *spans {
	s := &spans{}
	sorted := slices.SortedFunc(slices.Values(rs), func(a, b result) int { return a.start - b.start })
	for _, r := range sorted {
		s.Add(r.start, r.end())
	}
	return s
}

// Add records [start, end); start is at least the last added start.
func (s *spans) Add(start, end int) {
	s.starts = append(s.starts, start)
	s.ends = append(s.ends, end)
}

// Overlaps reports whether [start, end) overlaps a recorded range.
func (s *spans) Overlaps(start, end int) bool {
	i, _ := slices.BinarySearch(s.ends, start+1) // the first range ending after start
	return i < len(s.starts) && s.starts[i] < end
}

// candidate is a gitleaks hit located in the file, before keys judged it.
type candidate struct {
	rule    string // clerklint rule id
	pattern string // pattern name, or envPattern
	start   int
	secret  string
}

// scanDomain runs the prefilter and the domain's detectors over one file and
// keeps the hits that analyzers/keys accepts.
func (c *checker) scanDomain(p *scan.Project, f *scan.File, src []byte, d *domain, env *envState, foreign map[string]bool) []result {
	if d == nil {
		return nil
	}
	pf := d.pf
	if env != nil {
		pf = env.pf
	}
	hits := pf.hits(src)
	if len(hits) == 0 {
		return nil
	}
	var dets []*detect.Detector
	if d.det != nil {
		dets = append(dets, d.det())
	}
	if env != nil {
		dets = append(dets, env.det)
	}
	var cands []candidate
	for _, b := range batches(src, windows(src, hits)) {
		frag := detect.Fragment{Raw: b.text, FilePath: f.Path, StartLine: 1}
		for _, det := range dets {
			if det == nil {
				continue
			}
			for _, gf := range det.Detect(frag) {
				off, ok := locate(b.text, gf)
				if !ok {
					continue
				}
				if off, ok = b.fileOffset(off, len(gf.Secret)); !ok {
					continue
				}
				id, pat, _ := strings.Cut(gf.RuleID, "/")
				cands = append(cands, candidate{rule: id, pattern: pat, start: off, secret: gf.Secret})
			}
		}
	}
	// Shape matches first, so a key both shaped like one and equal to an env value
	// is described by its shape; then by position for stable output.
	sort.SliceStable(cands, func(i, j int) bool {
		ei, ej := cands[i].pattern == envPattern, cands[j].pattern == envPattern
		if ei != ej {
			return !ei
		}
		return cands[i].start < cands[j].start
	})
	// Candidates come in two runs sorted by start (shapes, then env values),
	// so each run's accepted ranges are added in order to its own index.
	var out []result
	shapes, values := &spans{}, &spans{}
	for _, cd := range cands {
		start, end := cd.start, cd.start+len(cd.secret)
		if shapes.Overlaps(start, end) || values.Overlaps(start, end) {
			continue
		}
		if r, ok := c.judge(p, f, src, cd, env, foreign); ok {
			out = append(out, r)
			if cd.pattern == envPattern {
				values.Add(start, end)
			} else {
				shapes.Add(start, end)
			}
		}
	}
	return out
}

// where names the kind of committed file for messages.
func where(f *scan.File) string {
	switch f.Kind {
	case scan.Source:
		return "source"
	case scan.Config:
		return "config"
	case scan.Doc:
		return "documentation"
	case scan.Env:
		return "env template " + f.Base()
	}
	return "file " + path.Base(f.Path)
}
