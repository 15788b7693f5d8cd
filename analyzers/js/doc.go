// Package js is clerklint's JavaScript/TypeScript engine core: real syntax trees
// from tree-sitter, a project model (apps, frameworks and Clerk SDK versions,
// tsconfig path aliases, module resolution, the import graph) and per-module
// summaries (imports, exports, env reads, and which functions protect a
// request with Clerk). It is framework-agnostic: rules and framework models
// (analyzers/js/secrets now, a Next.js model next) plug in as Rules through
// NewEngine and read the model instead of re-deriving it.
//
// # Plugging in a framework model
//
// A package exports a js.Rule{IDs, New}; New decodes the YAML params (an
// AuthSpec can be embedded with `yaml:",inline"`) and returns a Checker:
//
//	func (c *checker) Wants(m *js.Model, f *scan.File) bool { … cheap: path, m.App(f.Path).Framework … }
//	func (c *checker) Check(pass *js.Pass) {
//		mod := pass.Module()                                  // summary: Imports, Exports, Funcs, EnvReads, Directives
//		                                                      // (pass.Header(): imports, exports, directives only)
//		p := pass.Model.ExportProtection(mod, "GET", c.spec)  // helpers, wrappers, re-exports resolved
//		t, err := pass.Tree()                                 // parsed once per file, closed by the engine
//		q.Matches(t, t.Root(), func(pattern int, caps js.Captures) bool { … })
//		pass.Report(rules.Finding{RuleID: "CLK101", Position: …, Message: …})
//	}
//
// The registry assembles them: js.NewEngine(secrets.Rule, nextjs.Rule).
// Per-project state of a Checker is keyed by the *Model pointer and built under
// a sync.Once, as analyzers/js/secrets does; Model.Closure walks the import
// graph from any roots.
//
// # Costs and safety
//
//   - Only files that can matter are parsed: a file is parsed when a rule asks
//     for its tree or the model needs its summary (it is reached from a file
//     that matters), never node_modules, gitignored or generated output
//     (.next, dist, build, …), minified or oversize files (see Limits).
//     Finding 'use client' modules reads 4 KiB per file and parses nothing.
//   - Parsers come from a bounded pool, used by one goroutine at a time; every
//     Tree, Query, query cursor and Parser is closed (tree-sitter's C memory is
//     invisible to the Go GC; TestNoCLeak guards it). Summaries are plain Go
//     values, so trees never outlive the call that parsed them and are never
//     shared across goroutines.
//   - Parse errors are tolerated: summaries and queries take whatever parsed,
//     ERROR nodes never crash a walk, a parse over the time limit yields no
//     tree (and no findings), and a panic while summarising one file costs
//     that file only.
//
// # Out of reach
//
// Protection analysis reads the top-level statements of one function body in
// order (calls, bindings, if-guards with an exit, returns) and follows calls
// into helpers across files and re-exports; a try block's statements count
// as top-level ones (Step.Caught, Step.CatchReturns say what its catch does
// to a throw). It does not do general data flow, so checks inside nested
// blocks, loops, a try with a finally, callbacks, class methods or values
// passed through objects are not credited, nor is a throwing check whose
// catch may swallow it (unless the try is the handler's last statement, so
// the catch ends the request). A helper returning a failure object when
// signed out ({ error } / { ok: false }) is credited when the handler tests
// it (Step.Present, failureKey). A test of whether a parameter was passed
// (`if (req) … else …`) is decided for a caller that leaves it out
// (Step.Branch), and assignments to a let rebind its name (Step.Assign).
//
// # Effects
//
// Func.Calls lists every call of a body; Model.Effects classifies them
// (database reads and writes, Clerk Backend API, outbound, storage) and
// follows project functions three levels deep, across files. A call it
// cannot classify (an SDK it does not know, a method on an imported object)
// makes EffectsKnown false: unknown never reads as effect-free.
// Also out of reach: CommonJS exports (module.exports = …), dynamic import
// paths, tsconfig project references and `extends` chains deeper than one
// level, package "exports" conditions beyond source/import/module/default/
// require/node/types, and Svelte/Vue/Astro single-file components.
package js
