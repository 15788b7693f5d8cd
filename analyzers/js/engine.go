package js

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// Name is the engine name rules refer to with `engines: [js]`.
const Name = "js"

// Rule is a rule implementation (or a framework model with its rules) that
// runs on the engine's project model. Packages such as analyzers/js/secrets
// export one; NewEngine assembles them into the `js` engine.
type Rule struct {
	// IDs are the rule ids it implements. Another Rule may implement the
	// same id (for other frameworks): each receives the YAML rule, so each
	// must accept its whole params block.
	IDs []string
	// New builds it from its enabled YAML rules (a subset of IDs), decoding
	// their params strictly with rules.Rule.DecodeParams; opts carries scan-wide
	// settings such as the config's public-routes.
	New func(rs []*rules.Rule, opts scan.Options) (Checker, error)
}

// Checker is a Rule configured for one scan. Methods are called concurrently
// for different files; a Checker keeps per-project state keyed by the Model
// pointer (see analyzers/js/secrets for the pattern).
type Checker interface {
	// Wants says, without parsing, whether Check needs this JS/TS file (only
	// files Model.Source accepts are offered).
	Wants(m *Model, f *scan.File) bool
	// Check inspects the file and reports through pass.Report.
	Check(pass *Pass)
}

// AnyApp is a Checker that also wants the files of apps ClerkScope rules
// out (a mistake that is one whatever the SDK, such as trusting a decoded,
// unverified token); its Check must stay cheap on them (a byte prefilter).
type AnyApp interface {
	AnyApp()
}

// Local is a Checker that reports only in the file it checks and keeps no
// state other checks read: when files are named, it is not offered the
// files walked for context only (the scan's own Local, for the js engine's
// parts).
type Local = scan.Local

// EndpointSource is a Checker whose framework model produces endpoints: the
// engine hands them to the scan once every file has been checked.
type EndpointSource interface {
	Endpoints(m *Model) []endpoint.Endpoint
}

// Finisher is a Checker with a project-wide rule that reads no JS/TS file
// (a paid feature switched on in an env file): Finish runs once after the
// walk, also in a project without JS, where Check never runs.
type Finisher interface {
	Finish(m *Model, emit func(rules.Finding))
}

// Pass is one file's visit by the engine: shared by the Checkers that want
// the file, so it is read once and parsed at most once.
type Pass struct {
	Model *Model
	File  *scan.File
	Src   []byte

	parsers *Parsers
	tree    *Tree
	treeErr error
	parsed  bool
	emit    func(rules.Finding)
}

// Module is the file's summary (parsed once per scan, whoever asks first).
// When this Pass is first, it summarises its own tree, so a Checker asking
// for both the summary and the tree costs one read and one parse.
func (p *Pass) Module() *Module {
	return p.Model.module(p.File, func() *Module {
		return p.Model.summarizeSafe(p.File.Path, p.Src, p.Tree)
	})
}

// Header is the file's prologue, imports and exports, without the function
// summaries and env reads of Module, for a rule that reads no more (CLK008
// asks which names are imported loggers or exported server actions). It is
// computed from this Pass's tree and not cached: a file only such a rule
// reads is never summarised in full, which costs several times its parse.
// Nil and Err as for Module.
func (p *Pass) Header() *Module {
	if !p.Model.Source(p.File) {
		return nil
	}
	if p.File.Size > int64(p.Model.parsers.limits.maxSize()) {
		return &Module{Path: p.File.Path, Lang: LangOf(p.File.Path), Err: ErrTooLarge}
	}
	return p.Model.summarizeWith(summarizeHeader, p.File.Path, p.Src, p.Tree)
}

// errNoTree is the Pass's tree error while (and if) parsing did not return.
var errNoTree = errors.New("parse did not complete")

// Tree parses the file (once per Pass). The engine closes it after every
// Checker ran: do not keep it, or nodes from it, beyond Check. An error means
// the file is not analysed (too large, minified, time limit); report nothing.
func (p *Pass) Tree() (*Tree, error) {
	if !p.parsed {
		p.parsed = true
		// If Parse panics (recovered by a summary or the scanner), later
		// calls must not see a nil tree without an error.
		p.treeErr = errNoTree
		p.tree, p.treeErr = p.parsers.Parse(p.Src, LangOf(p.File.Path))
		if refused(p.treeErr) && clerkRelevant(p.File.Path, p.Src) {
			p.Model.Project.Gap(p.File.Path, "not parsed ("+p.treeErr.Error()+"): the Clerk rules could not read it")
		}
	}
	return p.tree, p.treeErr
}

// refused reports whether the parser declined a file (size, minified, time)
// rather than failing on it.
func refused(err error) bool {
	return errors.Is(err, ErrTooLarge) || errors.Is(err, ErrMinified) || errors.Is(err, ErrTimeout)
}

// clerkRelevant reports whether a file a rule wanted to read names Clerk or
// is a server entry point (a route handler, an API route, the middleware, a
// module or component declaring server actions), so that its not being
// parsed leaves the scan incomplete. A minified library
// (x.min.js) is a bundle, the secrets engine's business (CLK002).
func clerkRelevant(path string, src []byte) bool {
	if strings.Contains(path, ".min.") {
		return false
	}
	base := path[strings.LastIndexByte(path, '/')+1:]
	for _, entry := range []string{"route.", "middleware.", "proxy.", "+server.", "+page.server.", "hooks.server."} {
		if strings.HasPrefix(base, entry) {
			return true
		}
	}
	return strings.Contains("/"+path, "/pages/api/") || bytes.Contains(src, []byte("use server")) || bytes.Contains(src, []byte("@clerk/")) || bytes.Contains(src, []byte("CLERK_")) || bytes.Contains(src, []byte("clerkMiddleware")) || bytes.Contains(src, []byte("svelte-clerk"))
}

// Report emits a finding in the current file.
func (p *Pass) Report(f rules.Finding) {
	f.File = p.File.Path
	p.emit(f)
}

// ReportIn emits a finding located in another file of the project, such as
// an env file a rule read through Model.Project (the engine visits JS/TS files
// only); f.File is that file's project path, the current file when empty.
func (p *Pass) ReportIn(f rules.Finding) {
	if f.File == "" {
		f.File = p.File.Path
	}
	p.emit(f)
}

// Pos is the position of a node of this Pass's tree (after Tree succeeded).
func (p *Pass) Pos(n *sitter.Node) rules.Position {
	if p.tree == nil {
		return rules.Position{File: p.File.Path}
	}
	pos := p.tree.Pos(n)
	pos.File = p.File.Path
	return pos
}

func (p *Pass) close() {
	p.tree.Close()
	p.tree = nil
}

// NewEngine returns the js engine running the given rule implementations.
// A YAML rule with `engines: [js]` that none of them implements is a load
// error, so a rule cannot ship without code behind it.
func NewEngine(impls ...Rule) scan.Engine {
	var ids []string
	for _, im := range impls {
		ids = append(ids, im.IDs...)
	}
	sort.Strings(ids)
	return scan.Engine{Name: Name, IDs: slices.Compact(ids), New: func(rs []*rules.Rule, opts scan.Options) (scan.Checker, error) {
		return newChecker(impls, rs, opts)
	}}
}

type checker struct {
	parts   []Checker
	parsers *Parsers
	cq      *coreQueries

	mu     sync.Mutex
	models map[*scan.Project]*Model
}

func newChecker(impls []Rule, rs []*rules.Rule, opts scan.Options) (*checker, error) {
	// Several implementations may share a rule id (the Next.js and the React
	// SPA models both implement CLK401 and CLK701, each for its own apps):
	// every one of them gets the rule.
	byID := map[string][]int{}
	for i, im := range impls {
		for _, id := range im.IDs {
			byID[id] = append(byID[id], i)
		}
	}
	groups := map[int][]*rules.Rule{}
	for _, r := range rs {
		is, ok := byID[r.ID]
		if !ok {
			var ids []string
			for id := range byID {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			return nil, &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: "engines",
				Msg: fmt.Sprintf("the js engine does not implement it (it implements %s)", strings.Join(ids, ", "))}
		}
		for _, i := range is {
			groups[i] = append(groups[i], r)
		}
	}
	cq, err := newCoreQueries()
	if err != nil {
		return nil, fmt.Errorf("js engine: %w", err)
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	c := &checker{parsers: NewParsers(workers*2, Limits{}), cq: cq, models: map[*scan.Project]*Model{}}
	// The parts are built concurrently (decoding their params is most of a
	// short scan's start-up) and kept in impls' order, as is the error
	// reported: the first part's. A panic in one is an error.
	parts := make([]Checker, len(impls))
	errs := make([]error, len(impls))
	var wg sync.WaitGroup
	for i, im := range impls {
		if g := groups[i]; len(g) > 0 {
			wg.Go(func() {
				defer func() {
					if r := recover(); r != nil {
						errs[i] = fmt.Errorf("js engine: rule %s: internal error: %v", g[0].ID, r)
					}
				}()
				parts[i], errs[i] = im.New(g, opts)
			})
		}
	}
	wg.Wait()
	judges, produces := "", false
	for i := range impls {
		g := groups[i]
		if len(g) == 0 {
			continue
		}
		part, err := parts[i], errs[i]
		if err != nil {
			c.Close()
			return nil, err
		}
		c.parts = append(c.parts, part)
		// A rule that judges endpoints without a model producing them
		// would pass silently.
		if _, ok := part.(EndpointRule); ok {
			judges = g[0].ID
		}
		if _, ok := part.(EndpointSource); ok {
			produces = true
		}
	}
	if judges != "" && !produces {
		c.Close()
		return nil, fmt.Errorf("js engine: %s judges the endpoints the framework models produce, and no selected rule builds one (enable CLK101 with it)", judges)
	}
	return c, nil
}

// Close frees the parsers and queries; the scanner calls it when the walk ends.
func (c *checker) Close() {
	c.parsers.Close()
	c.cq.close()
}

// Model returns the project's model, built on first use.
func (c *checker) model(p *scan.Project) *Model {
	c.mu.Lock()
	defer c.mu.Unlock()
	if m, ok := c.models[p]; ok {
		return m
	}
	m := newModel(p, c.parsers, c.cq)
	c.models[p] = m
	return m
}

// Wants offers the analysable JS/TS files of apps that can hold Clerk code
// to each part.
func (c *checker) Wants(p *scan.Project, f *scan.File) bool {
	if f.Kind != scan.Source || LangOf(f.Path) == NoLang || len(c.parts) == 0 {
		return false
	}
	m := c.model(p)
	if !m.Source(f) {
		return false
	}
	for _, part := range c.parts {
		if c.offers(m, part, f) {
			return true
		}
	}
	return false
}

// offers says whether part gets f: only AnyApp parts see the files of apps
// that cannot hold Clerk code.
func (c *checker) offers(m *Model, part Checker, f *scan.File) bool {
	if _, ok := part.(Local); ok && !f.Report {
		return false
	}
	if !part.Wants(m, f) {
		return false
	}
	if _, ok := part.(AnyApp); ok {
		return true
	}
	return m.ClerkScope(f.Path)
}

// Endpoints gathers the endpoints of the parts that produce them.
func (c *checker) Endpoints(p *scan.Project) []endpoint.Endpoint {
	m := c.model(p)
	var out []endpoint.Endpoint
	for _, part := range c.parts {
		if es, ok := part.(EndpointSource); ok {
			out = append(out, es.Endpoints(m)...)
		}
	}
	for i := range out {
		m.addAccess(&out[i])
	}
	return out
}

// Finish runs the parts' project-wide rules once every file was checked.
func (c *checker) Finish(p *scan.Project, emit func(rules.Finding)) {
	for _, part := range c.parts {
		if fin, ok := part.(Finisher); ok {
			fin.Finish(c.model(p), emit)
		}
	}
}

// Check runs the parts that want the file over one shared Pass.
func (c *checker) Check(p *scan.Project, f *scan.File, src []byte, emit func(rules.Finding)) {
	m := c.model(p)
	pass := &Pass{Model: m, File: f, Src: src, parsers: c.parsers, emit: emit}
	defer pass.close()
	for _, part := range c.parts {
		if c.offers(m, part, f) {
			part.Check(pass)
		}
	}
}
