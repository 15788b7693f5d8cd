// This file implements CLK008 for JavaScript/TypeScript: a Clerk
// secret read from the environment that is written to a log, put into an
// error or sent to the browser. Within one function (and the module top level
// around it: a module-level alias is seen in every function of the file) it
// follows the secret value:
//
//   - sources: process.env.NAME, process.env['NAME'], import.meta.env.NAME,
//     any X.NAME or X['NAME'] (t3-env's env.CLERK_SECRET_KEY), `const { NAME }
//     = process.env` (or any object) and `import { NAME } from
//     '$env/static/private'`, for NAME a secret name of CLK003's and CLK004's
//     lists (keys.SecretNames);
//   - carriers: a const/let bound or assigned to a value carrying the
//     secret (chains of such bindings in source order), template literals,
//     string concatenation, ?? and || defaults, ternary branches, object and array
//     literals holding it (shorthand `{ secretKey }` too, so a
//     createClerkClient options object logged whole counts), spreads,
//     String(), JSON.stringify(), Buffer.from(), btoa(), util.format() and
//     string methods that keep the content (trim, replace, concat, toString,
//     slice(8), …);
//   - sinks: console.* and logger methods (pino, winston, bunyan, consola,
//     signale, loglevel, log4js; logger/log objects, .child() loggers,
//     fastify.log, req.log, this.logger) and debug-package loggers; new Error
//     (any *Error or *Exception class), throw, Promise.reject, SvelteKit's
//     error(); Response.json, new Response, NextResponse.json, res/response/
//     reply .json/.send/.write/.end (also after res.status(500)), Koa's
//     ctx.body =, Hono's c.json/c.text, json()/text() from @sveltejs/kit or
//     Remix; and data the framework serialises into the page: the props of
//     getServerSideProps/getStaticProps, getInitialProps' result, a SvelteKit
//     load function's data (+page/+layout files), a Remix or React Router
//     loader's data, and what an exported function of a 'use server' module
//     (a Next.js server action) returns to its client caller.
//
// Facts about the secret stay silent: Boolean(key), !!key, key ? 'set' :
// 'missing', key.length, key.startsWith('sk_live_'), comparisons, a prefix of
// at most 8 characters (key.slice(0, 8), key.substring(0, 7): sk_live_ says
// which instance is configured; of a whsec_ secret it shows two characters of
// a 32-byte body) and a tail of at most 4 (key.slice(-4)), the masks
// keys.Redact itself prints; so are calls of any other function (a user's
// mask(key)). Passing the secret to the Clerk SDK or the webhook verifier is
// what it is for and never reported. 'use client' modules are skipped: a
// secret read there is CLK004's finding.
//
// Out of reach: values passed to another function and logged there, object
// properties read back (cfg.secretKey after `const cfg = { secretKey }`),
// values imported from another module (unless imported under a secret name),
// reassignment that cleans (flow-insensitive: `key = 'redacted'` leaves key
// a carrier), block-scoped shadowing inside one function, the whole
// process.env logged (it holds the secret only if the deployment sets it),
// and loggers under names the lists above do not know.

package secrets

import (
	"bytes"
	"fmt"
	"path"
	"strconv"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Logged registers CLK008's JS form with the js engine.
var Logged = js.Rule{IDs: []string{ruleid.SecretLoggedOrReturned}, New: NewLogged}

type logParams struct {
	// SecretNames and WholeNames are CLK003's and CLK004's name lists (YAML
	// anchors), matched by keys.SecretNames.
	SecretNames []rules.Regexp `yaml:"secret-names"`
	WholeNames  []rules.Regexp `yaml:"whole-names"`
}

type logChecker struct{ names *keys.SecretNames }

// NewLogged builds the checker from the CLK008 entry.
func NewLogged(rs []*rules.Rule, _ scan.Options) (js.Checker, error) {
	if len(rs) != 1 {
		return nil, fmt.Errorf("secretlog: want the %s rule, got %d rules", ruleid.SecretLoggedOrReturned, len(rs))
	}
	r := rs[0]
	var p logParams
	if err := r.DecodeParams(&p); err != nil {
		return nil, err
	}
	names, err := keys.NewSecretNames(rules.Patterns(p.SecretNames), rules.Patterns(p.WholeNames))
	if err != nil {
		return nil, &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: "params.secret-names", Msg: err.Error()}
	}
	return &logChecker{names: names}, nil
}

// Wants every JS/TS file: Wants sees no source, so Check starts with a byte
// prefilter before anything is parsed.
func (*logChecker) Wants(*js.Model, *scan.File) bool { return true }

var envBytes = []byte("env")

// Local: a finding is in the file that logs the secret, and nothing is kept.
func (*logChecker) Local() {}

// Check reports the file's findings.
func (c *logChecker) Check(pass *js.Pass) {
	// A secret is read from an env object by its name: a file that spells
	// neither cannot hold one, and most files stop here without a parse.
	if !bytes.Contains(pass.Src, envBytes) || !c.names.Mentioned(pass.Src) {
		return
	}
	mod := pass.Header()
	if mod == nil || mod.Err != nil || mod.UseClient() {
		return // no summary; or client code, whose secret reads are CLK004's
	}
	t, err := pass.Tree()
	if err != nil {
		return
	}
	framework := ""
	if app := pass.Model.App(pass.File.Path); app != nil {
		framework = app.Framework
	}
	a := &analysis{c: c, t: t, mod: mod, path: pass.File.Path, framework: framework, scopes: map[*sitter.Node]map[string]*carrier{},
		loggers: map[string]bool{}, logFns: map[string]bool{}, kit: map[string]string{}}
	a.imports()
	// One walk gathers, in source order, the nodes that bind names and
	// those that can be sinks, and builds the enclosing-function table
	// scopes are looked up in; every binding is recorded before any sink
	// is judged.
	type node struct {
		n   *sitter.Node
		typ string
	}
	var binds, sinks []node
	t.WalkFuncs(func(n, _ *sitter.Node) {
		switch typ := n.Type(); typ {
		case "variable_declarator", "formal_parameters", "arrow_function":
			binds = append(binds, node{n, typ})
		case "assignment_expression":
			binds = append(binds, node{n, typ})
			sinks = append(sinks, node{n, typ})
		case "call_expression", "new_expression", "throw_statement", "return_statement":
			sinks = append(sinks, node{n, typ})
		}
	})
	for _, b := range binds {
		a.bind(b.n, b.typ)
	}
	report := func(n *sitter.Node, sk sink, cr *carrier) {
		pass.Report(rules.Finding{RuleID: ruleid.SecretLoggedOrReturned, Position: pass.Pos(n),
			Construct: "sink:" + sk.name + ":" + cr.name, Message: message(cr, sk)})
	}
	for _, s := range sinks {
		a.sink(s.n, s.typ, report)
	}
}

// carrier is what an expression holding the secret carries: the env name
// and, when it travelled through a local, that local's name.
type carrier struct {
	name  string // CLERK_SECRET_KEY
	local string // secretKey, "" when read in place
	// expr is an expression whose value is the secret itself (the read, or
	// a local bound to it alone), for the fix in the message.
	expr string
}

func (cr *carrier) String() string {
	if cr.local != "" && cr.local != cr.name {
		return cr.name + " (via " + cr.local + ")"
	}
	return cr.name
}

type sinkKind uint8

const (
	toLog sinkKind = iota
	toError
	toResponse
	toProps
)

type sink struct {
	name string // console.error, NextResponse.json, getServerSideProps props
	kind sinkKind
}

// message follows the Go form's wording (analyzers/golang/secrets), so one rule
// reads the same in both languages.
func message(cr *carrier, sk sink) string {
	switch sk.kind {
	case toError:
		return fmt.Sprintf("clerk secret from %s is put into an error by %s: errors end up in logs, error trackers and responses, leave the secret out", cr, sk.name)
	case toResponse:
		return fmt.Sprintf("clerk secret from %s is written to the HTTP response by %s: never send the secret to clients, and rotate it if this code was deployed", cr, sk.name)
	case toProps:
		return fmt.Sprintf("clerk secret from %s is returned in %s, which the framework serialises into the page sent to the browser: keep it on the server, and rotate it if this code was deployed", cr, sk.name)
	}
	return fmt.Sprintf("clerk secret from %s reaches %s: logs are read by far more people and services than the environment, log whether it is set (Boolean(%s)), never its value", cr, sk.name, cr.expr)
}

// analysis is one file's walk.
type analysis struct {
	c         *logChecker
	t         *js.Tree
	mod       *js.Module
	path      string
	framework string // the app's (js.App.Framework)
	// scopes maps a function (or the program) to the names it binds: a
	// carrier, or nil for a binding that shadows an outer carrier.
	scopes map[*sitter.Node]map[string]*carrier
	// loggers are local names of logger objects (imports of logging
	// packages, pino()/createLogger() results); logFns of log functions
	// (debug('ns') results).
	loggers map[string]bool
	logFns  map[string]bool
	// debugFns are local names of the debug package's factory.
	debugFns map[string]bool
	// kit maps local names of framework response/error helpers (json from
	// @sveltejs/kit or Remix) to what they do: "json", "text", "error".
	kit map[string]string
}

// logModules are packages whose default or namespace import is a logger or
// a logger factory.
var logModules = map[string]bool{"pino": true, "winston": true, "bunyan": true, "consola": true,
	"signale": true, "loglevel": true, "log4js": true, "roarr": true, "tslog": true}

// kitModules export response and error helpers.
var kitModules = map[string]bool{"@sveltejs/kit": true, "@remix-run/node": true, "@remix-run/cloudflare": true,
	"@remix-run/deno": true, "@remix-run/server-runtime": true, "react-router": true}

// imports records the module's logger, debug and framework-helper bindings,
// and imported secrets: `import { CLERK_SECRET_KEY } from '$env/static/private'`.
func (a *analysis) imports() {
	a.debugFns = map[string]bool{}
	for _, imp := range a.mod.Imports {
		if imp.TypeOnly {
			continue
		}
		for _, n := range imp.Names {
			if n.TypeOnly || n.Local == "" {
				continue
			}
			switch {
			case a.c.names.Match(n.Imported):
				a.set(a.t.Root(), n.Local, &carrier{name: n.Imported, local: n.Local, expr: n.Local})
			case imp.Spec == "debug":
				a.debugFns[n.Local] = true
			case logModules[imp.Spec]:
				a.loggers[n.Local] = true
			case kitModules[imp.Spec]:
				switch n.Imported {
				case "json", "text", "error", "data":
					a.kit[n.Local] = n.Imported
				}
			}
		}
	}
}

func (a *analysis) set(scope *sitter.Node, name string, cr *carrier) {
	m := a.scopes[scope]
	if m == nil {
		m = map[string]*carrier{}
		a.scopes[scope] = m
	}
	if old, ok := m[name]; ok && old != nil && cr == nil {
		return // a carrier declared twice in one function (if/else branches) stays one
	}
	m[name] = cr
}

// scopeOf is the innermost enclosing function (or the program) of n that
// binds name, nil when none does.
func (a *analysis) scopeOf(n *sitter.Node, name string) *sitter.Node {
	root := a.t.Root()
	for s := a.t.EnclosingFunc(n); s != nil; s = a.t.EnclosingFunc(s) {
		if _, ok := a.scopes[s][name]; ok {
			return s
		}
		if s == root {
			return nil
		}
	}
	return nil
}

// lookup resolves a name at n through the enclosing functions.
func (a *analysis) lookup(n *sitter.Node, name string) *carrier {
	return a.scopes[a.scopeOf(n, name)][name]
}

// declaring is the scope that declares name as seen from n (the innermost
// one when none does: an implicit global).
func (a *analysis) declaring(n *sitter.Node, name string) *sitter.Node {
	if s := a.scopeOf(n, name); s != nil {
		return s
	}
	return a.t.EnclosingFunc(n)
}

// bind records the bindings of one node (Check gives them in source
// order): locals carrying the secret, logger instances, and the parameters
// that shadow them.
func (a *analysis) bind(n *sitter.Node, typ string) {
	switch typ {
	case "variable_declarator":
		name, val := n.ChildByFieldName("name"), n.ChildByFieldName("value")
		if name == nil {
			return
		}
		scope := a.t.EnclosingFunc(n)
		switch name.Type() {
		case "identifier":
			local := a.t.Text(name)
			var cr *carrier
			if val != nil {
				cr = a.boundTo(local, val)
				a.loggerBinding(local, js.Unwrap(val))
			}
			a.set(scope, local, cr)
		case "object_pattern":
			a.pattern(scope, name)
		}
	case "assignment_expression":
		// let key; key = process.env.CLERK_SECRET_KEY. Flow-insensitive: an
		// assignment only ever adds a carrier, never cleans one.
		left, right := n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if left == nil || right == nil || left.Type() != "identifier" {
			return
		}
		local := a.t.Text(left)
		if cr := a.boundTo(local, right); cr != nil {
			a.set(a.declaring(n, local), local, cr)
		}
	case "formal_parameters":
		scope := n.Parent()
		for i := 0; i < int(n.NamedChildCount()); i++ {
			p := n.NamedChild(i)
			if id := paramName(p); id != nil {
				a.set(scope, a.t.Text(id), nil)
			}
		}
	case "arrow_function":
		if p := n.ChildByFieldName("parameter"); p != nil && p.Type() == "identifier" {
			a.set(n, a.t.Text(p), nil)
		}
	}
}

// boundTo is what local carries once bound to val, nil if nothing: the
// message's fix names local itself when val is the whole secret.
func (a *analysis) boundTo(local string, val *sitter.Node) *carrier {
	c := a.carries(val)
	if c == nil {
		return nil
	}
	cr := &carrier{name: c.name, local: local, expr: c.expr}
	if whole(js.Unwrap(val)) {
		cr.expr = local
	}
	return cr
}

// paramName is the identifier a simple parameter binds.
func paramName(p *sitter.Node) *sitter.Node {
	switch p.Type() {
	case "identifier":
		return p
	case "required_parameter", "optional_parameter":
		if pat := p.ChildByFieldName("pattern"); pat != nil && pat.Type() == "identifier" {
			return pat
		}
	case "assignment_pattern":
		if l := p.ChildByFieldName("left"); l != nil && l.Type() == "identifier" {
			return l
		}
	}
	return nil
}

// pattern binds `const { CLERK_SECRET_KEY, CLERK_WEBHOOK_SECRET: wh } = …`:
// a key naming a secret makes its local a carrier, whatever the object (an
// env object by another name: t3-env's env, a config loader's result).
func (a *analysis) pattern(scope, pat *sitter.Node) {
	for i := 0; i < int(pat.NamedChildCount()); i++ {
		p := pat.NamedChild(i)
		var key, local *sitter.Node
		switch p.Type() {
		case "shorthand_property_identifier_pattern":
			key, local = p, p
		case "pair_pattern":
			key, local = p.ChildByFieldName("key"), p.ChildByFieldName("value")
		case "object_assignment_pattern":
			key = p.ChildByFieldName("left")
			local = key
		}
		if key == nil || local == nil {
			continue
		}
		if local.Type() == "assignment_pattern" {
			local = local.ChildByFieldName("left")
		}
		if local == nil || local.Type() != "identifier" && local.Type() != "shorthand_property_identifier_pattern" {
			continue
		}
		name := js.Unquote(a.t, key)
		var cr *carrier
		if a.c.names.Match(name) {
			cr = &carrier{name: name, local: a.t.Text(local), expr: a.t.Text(local)}
		}
		a.set(scope, a.t.Text(local), cr)
	}
}

// loggerFactories are calls whose result is a logger object.
var loggerFactories = map[string]bool{"pino": true, "createLogger": true, "winston.createLogger": true,
	"bunyan.createLogger": true, "createConsola": true, "consola.create": true, "log4js.getLogger": true,
	"getLogger": true, "Logger": true, "Signale": true, "signale.scope": true}

// loggerBinding records `const logger = pino()`, `const log = debug('app')`.
func (a *analysis) loggerBinding(local string, val *sitter.Node) {
	if val == nil {
		return
	}
	var fn *sitter.Node
	switch val.Type() {
	case "call_expression":
		fn = val.ChildByFieldName("function")
	case "new_expression":
		fn = val.ChildByFieldName("constructor")
	default:
		return
	}
	if fn == nil {
		return
	}
	text := a.t.Text(fn)
	switch {
	case loggerFactories[text], a.loggers[text]:
		a.loggers[local] = true
	case a.debugFns[text], text == "require" && requireOf(a.t, val) == "debug":
		if text == "require" {
			a.debugFns[local] = true // const debug = require('debug')
		} else {
			a.logFns[local] = true // const log = debug('app')
		}
	case text == "require" && logModules[requireOf(a.t, val)]:
		a.loggers[local] = true
	case fn.Type() == "call_expression" && requireOf(a.t, fn) == "debug":
		a.logFns[local] = true // const log = require('debug')('app')
	case fn.Type() == "member_expression":
		// logger.child({...}) is a logger too.
		if prop := fn.ChildByFieldName("property"); prop != nil && a.t.Text(prop) == "child" && a.isLogger(fn.ChildByFieldName("object")) {
			a.loggers[local] = true
		}
	}
}

// requireOf is the module a require('m') call loads, "" for anything else.
func requireOf(t *js.Tree, call *sitter.Node) string {
	if call.Type() != "call_expression" {
		return ""
	}
	fn, args := call.ChildByFieldName("function"), call.ChildByFieldName("arguments")
	if fn == nil || args == nil || t.Text(fn) != "require" || args.NamedChildCount() == 0 {
		return ""
	}
	return js.Unquote(t, args.NamedChild(0))
}

// loggerNames are conventional names of logger objects.
var loggerNames = map[string]bool{"logger": true, "log": true, "Logger": true, "LOGGER": true, "consola": true,
	"signale": true, "winston": true, "pino": true, "bunyan": true, "loglevel": true}

// logMethods are logging methods shared by the common loggers.
var logMethods = map[string]bool{"trace": true, "debug": true, "info": true, "warn": true, "warning": true,
	"error": true, "fatal": true, "log": true, "success": true, "fail": true, "notice": true, "verbose": true,
	"silly": true, "critical": true, "alert": true, "emerg": true, "start": true, "ready": true, "box": true,
	"note": true, "pending": true, "complete": true}

var consoleMethods = map[string]bool{"log": true, "info": true, "warn": true, "error": true, "debug": true,
	"trace": true, "dir": true, "table": true}

// isLogger reports whether an object expression is a logger: a known local,
// a conventional name, or a .log/.logger member (fastify.log, req.log,
// this.logger).
func (a *analysis) isLogger(obj *sitter.Node) bool {
	if obj == nil {
		return false
	}
	obj = js.Unwrap(obj)
	switch obj.Type() {
	case "identifier":
		name := a.t.Text(obj)
		return a.loggers[name] || loggerNames[name]
	case "member_expression":
		prop := obj.ChildByFieldName("property")
		return prop != nil && (a.t.Text(prop) == "log" || a.t.Text(prop) == "logger")
	case "call_expression":
		// logger.child({ module: 'clerk' }).warn(…)
		fn := obj.ChildByFieldName("function")
		if fn != nil && fn.Type() == "member_expression" {
			prop := fn.ChildByFieldName("property")
			return prop != nil && a.t.Text(prop) == "child" && a.isLogger(fn.ChildByFieldName("object"))
		}
	}
	return false
}

// responseObjects are conventional names of response objects (Express,
// Fastify, Node's http, Koa's ctx.res).
var responseObjects = map[string]bool{"res": true, "response": true, "reply": true, "resp": true}

var responseMethods = map[string]bool{"json": true, "send": true, "write": true, "end": true, "jsonp": true}

// responseChain are Express/Fastify methods returning the response itself.
var responseChain = map[string]bool{"status": true, "code": true, "header": true, "set": true, "type": true,
	"setHeader": true, "headers": true}

// isResponse reports whether an object expression is a response: res,
// reply, ctx.res, or such a name after status()/header() chains.
func (a *analysis) isResponse(obj *sitter.Node) bool {
	for obj != nil {
		obj = js.Unwrap(obj)
		switch obj.Type() {
		case "identifier":
			return responseObjects[a.t.Text(obj)]
		case "member_expression":
			prop := obj.ChildByFieldName("property")
			return prop != nil && (a.t.Text(prop) == "res" || a.t.Text(prop) == "raw" && a.isResponse(obj.ChildByFieldName("object")))
		case "call_expression":
			fn := obj.ChildByFieldName("function")
			if fn == nil || fn.Type() != "member_expression" {
				return false
			}
			prop := fn.ChildByFieldName("property")
			if prop == nil || !responseChain[a.t.Text(prop)] {
				return false
			}
			obj = fn.ChildByFieldName("object")
		default:
			return false
		}
	}
	return false
}

// short names a callee's object for messages: calls keep their callee and
// drop their arguments (logger.child(…), res.status(…)).
func (a *analysis) short(n *sitter.Node) string {
	switch n.Type() {
	case "call_expression":
		if fn := n.ChildByFieldName("function"); fn != nil {
			return a.short(js.Unwrap(fn)) + "(…)"
		}
	case "member_expression":
		if obj, prop := n.ChildByFieldName("object"), n.ChildByFieldName("property"); obj != nil && prop != nil {
			return a.short(js.Unwrap(obj)) + "." + a.t.Text(prop)
		}
	}
	if s := a.t.Text(n); len(s) <= 30 && !strings.Contains(s, "\n") {
		return s
	}
	return "…"
}

// callSink classifies a call as a sink; args says which arguments count.
func (a *analysis) callSink(call *sitter.Node) (sink, bool) {
	fn := call.ChildByFieldName("function")
	if fn == nil {
		return sink{}, false
	}
	fn = js.Unwrap(fn)
	switch fn.Type() {
	case "identifier":
		name := a.t.Text(fn)
		if a.logFns[name] || a.debugFns[name] {
			return sink{name: name, kind: toLog}, true
		}
		switch a.kit[name] {
		case "json", "text", "data":
			return sink{name: name + "()", kind: toResponse}, true
		case "error":
			return sink{name: name + "()", kind: toError}, true
		}
	case "member_expression":
		obj, prop := fn.ChildByFieldName("object"), fn.ChildByFieldName("property")
		if obj == nil || prop == nil {
			return sink{}, false
		}
		method, objText := a.t.Text(prop), a.t.Text(js.Unwrap(obj))
		short := a.short(js.Unwrap(obj))
		switch {
		case objText == "console" && consoleMethods[method]:
			return sink{name: "console." + method, kind: toLog}, true
		case (objText == "Response" || objText == "NextResponse") && method == "json":
			return sink{name: objText + ".json", kind: toResponse}, true
		case objText == "Promise" && method == "reject":
			return sink{name: "Promise.reject", kind: toError}, true
		case objText == "c" && (method == "json" || method == "text" || method == "html" || method == "body"):
			return sink{name: "c." + method, kind: toResponse}, true // Hono's context
		case responseMethods[method] && a.isResponse(obj):
			return sink{name: short + "." + method, kind: toResponse}, true
		case logMethods[method] && a.isLogger(obj):
			return sink{name: short + "." + method, kind: toLog}, true
		}
	case "call_expression":
		// require('debug')('app')(secret), debug('app')(secret)
		if f := fn.ChildByFieldName("function"); f != nil && (a.debugFns[a.t.Text(f)] || requireOf(a.t, fn) == "debug") {
			return sink{name: "debug", kind: toLog}, true
		}
	}
	return sink{}, false
}

// newSink classifies `new X(…)`: errors and responses.
func (a *analysis) newSink(n *sitter.Node) (sink, bool) {
	ctor := n.ChildByFieldName("constructor")
	if ctor == nil {
		return sink{}, false
	}
	name := a.t.Text(ctor)
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	switch {
	case name == "Response" || name == "NextResponse":
		return sink{name: "new " + name, kind: toResponse}, true
	case strings.HasSuffix(name, "Error") || strings.HasSuffix(name, "Exception"):
		return sink{name: "new " + name, kind: toError}, true
	}
	return sink{}, false
}

// sink reports the arguments of one node (Check gives them in source order,
// after every binding) that carry the secret to a sink.
func (a *analysis) sink(n *sitter.Node, typ string, report func(*sitter.Node, sink, *carrier)) {
	switch typ {
	case "call_expression":
		if sk, ok := a.callSink(n); ok {
			a.args(n.ChildByFieldName("arguments"), sk, report)
		}
	case "new_expression":
		if sk, ok := a.newSink(n); ok {
			a.args(n.ChildByFieldName("arguments"), sk, report)
		}
	case "throw_statement":
		if n.NamedChildCount() > 0 {
			if arg := n.NamedChild(0); arg != nil {
				if cr := a.carries(arg); cr != nil {
					report(arg, sink{name: "throw", kind: toError}, cr)
				}
			}
		}
	case "return_statement":
		a.dataReturn(n, report)
	case "assignment_expression":
		// Koa: ctx.body = … is the response body.
		if l := n.ChildByFieldName("left"); l != nil && (a.t.Text(l) == "ctx.body" || a.t.Text(l) == "ctx.response.body") {
			if r := n.ChildByFieldName("right"); r != nil {
				if cr := a.carries(r); cr != nil {
					report(r, sink{name: a.t.Text(l), kind: toResponse}, cr)
				}
			}
		}
	}
}

func (a *analysis) args(args *sitter.Node, sk sink, report func(*sitter.Node, sink, *carrier)) {
	if args == nil {
		return
	}
	for i := 0; i < int(args.NamedChildCount()); i++ {
		arg := args.NamedChild(i)
		if arg.Type() == "comment" {
			continue
		}
		if cr := a.carries(arg); cr != nil {
			report(arg, sk, cr)
		}
	}
}

// propsFuncs are Next.js Pages Router data functions whose returned props are
// serialised into the HTML sent to the browser.
var propsFuncs = map[string]bool{"getServerSideProps": true, "getStaticProps": true}

// dataReturn reports a returned value the framework sends to the browser:
// `return { props: { … } }` in getServerSideProps/getStaticProps, anything
// getInitialProps returns, a SvelteKit load function's data (+page/+layout
// files), a Remix or React Router loader's data, and a server action's result.
func (a *analysis) dataReturn(ret *sitter.Node, report func(*sitter.Node, sink, *carrier)) {
	if ret.NamedChildCount() == 0 {
		return
	}
	fn := js.BoundName(a.t, a.t.EnclosingFunc(ret))
	val := js.Unwrap(ret.NamedChild(0))
	name := ""
	switch {
	case propsFuncs[fn]:
		name = fn + " props"
		val = propsOf(a.t, val)
	case fn == "getInitialProps":
		name = fn + " props"
	case fn == "load" && (strings.HasPrefix(path.Base(a.path), "+page") || strings.HasPrefix(path.Base(a.path), "+layout")):
		name = "the SvelteKit load data"
	case a.mod.UseServer() && a.exported(fn) && a.t.EnclosingFunc(a.t.EnclosingFunc(ret)) == a.t.Root():
		name = "the result of server action " + fn
	case fn == "loader" && a.framework == "remix":
		name = "the Remix loader data"
	case fn == "loader" && a.framework == "react-router":
		name = "the React Router loader data"
	default:
		return
	}
	if val == nil {
		return
	}
	if cr := a.carries(val); cr != nil {
		report(val, sink{name: name, kind: toProps}, cr)
	}
}

// exported reports whether a local name is exported by the module.
func (a *analysis) exported(local string) bool {
	if local == "" {
		return false
	}
	for _, e := range a.mod.Exports {
		if e.Local == local {
			return true
		}
	}
	return false
}

// propsOf is the props value of a returned `{ props: … }` object.
func propsOf(t *js.Tree, obj *sitter.Node) *sitter.Node {
	if obj.Type() != "object" {
		return nil
	}
	for i := 0; i < int(obj.NamedChildCount()); i++ {
		p := obj.NamedChild(i)
		switch p.Type() {
		case "pair":
			if k := p.ChildByFieldName("key"); k != nil && js.Unquote(t, k) == "props" {
				return p.ChildByFieldName("value")
			}
		case "shorthand_property_identifier":
			if t.Text(p) == "props" {
				return p
			}
		}
	}
	return nil
}

// propagators are functions whose result carries their argument's content.
var propagators = map[string]bool{"String": true, "JSON.stringify": true, "Buffer.from": true, "btoa": true,
	"encodeURIComponent": true, "encodeURI": true, "escape": true, "Object.assign": true, "structuredClone": true,
	"Object.entries": true, "Object.values": true, "Array.of": true, "util.format": true, "format": true,
	"util.inspect": true, "inspect": true}

// keepMethods are methods whose result keeps (most of) the string's content.
var keepMethods = map[string]bool{"toString": true, "trim": true, "trimStart": true, "trimEnd": true,
	"replace": true, "replaceAll": true, "concat": true, "toUpperCase": true, "toLowerCase": true,
	"padStart": true, "padEnd": true, "normalize": true, "valueOf": true, "split": true, "repeat": true,
	"slice": true, "substring": true, "substr": true, "join": true, "toJSON": true}

// maxPrefix is the longest prefix that may be shown: sk_live_ and sk_test_
// say which instance is configured, and nothing of the key's secret part.
const maxPrefix = 8

// maxSuffix is the longest tail that may be shown, as keys.Redact does.
const maxSuffix = 4

// carries returns what secret an expression's value carries, nil if none.
// Facts about the secret (its length, a comparison, a boolean, a short
// prefix) carry nothing; a nested sink is reported by itself, not here.
func (a *analysis) carries(n *sitter.Node) *carrier {
	if n == nil {
		return nil
	}
	switch n.Type() {
	case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression",
		"type_assertion", "await_expression", "spread_element", "template_substitution",
		"template_string", "array", "object", "sequence_expression":
		return a.anyCarries(n)
	case "identifier", "shorthand_property_identifier":
		return a.lookup(n, a.t.Text(n))
	case "member_expression":
		if prop := n.ChildByFieldName("property"); prop != nil && a.c.names.Match(a.t.Text(prop)) {
			return &carrier{name: a.t.Text(prop), expr: a.readText(n, a.t.Text(prop))}
		}
	case "subscript_expression":
		if idx := n.ChildByFieldName("index"); idx != nil && idx.Type() == "string" && a.c.names.Match(js.Unquote(a.t, idx)) {
			return &carrier{name: js.Unquote(a.t, idx), expr: a.readText(n, js.Unquote(a.t, idx))}
		}
	case "pair":
		return a.carries(n.ChildByFieldName("value"))
	case "binary_expression":
		op := n.ChildByFieldName("operator")
		if op == nil {
			return nil
		}
		switch a.t.Text(op) {
		case "+", "??", "||":
			// Concatenation, and defaults: key ?? 'none' is the key when set.
			if cr := a.carries(n.ChildByFieldName("left")); cr != nil {
				return cr
			}
			return a.carries(n.ChildByFieldName("right"))
		case "&&":
			return a.carries(n.ChildByFieldName("right"))
		}
	case "ternary_expression":
		// The condition is a fact; the branches are values.
		if cr := a.carries(n.ChildByFieldName("consequence")); cr != nil {
			return cr
		}
		return a.carries(n.ChildByFieldName("alternative"))
	case "call_expression":
		return a.callCarries(n)
	}
	return nil
}

// callCarries: a propagating function of a carrier, or a content-keeping
// method called on one (other than a short prefix).
func (a *analysis) callCarries(call *sitter.Node) *carrier {
	if _, ok := a.callSink(call); ok {
		return nil // reported at the sink itself
	}
	fn, args := call.ChildByFieldName("function"), call.ChildByFieldName("arguments")
	if fn == nil || args == nil {
		return nil
	}
	fn = js.Unwrap(fn)
	if propagators[a.t.Text(fn)] {
		return a.anyCarries(args)
	}
	if fn.Type() != "member_expression" {
		return nil
	}
	prop, obj := fn.ChildByFieldName("property"), fn.ChildByFieldName("object")
	if prop == nil || obj == nil {
		return nil
	}
	method := a.t.Text(prop)
	if !keepMethods[method] {
		return nil // length, startsWith, includes, test: facts about it
	}
	if (method == "slice" && shortPrefix(a.t, args)) || (method == "substring" || method == "substr") && args.NamedChildCount() == 2 && shortPrefix(a.t, args) {
		return nil
	}
	if cr := a.carries(obj); cr != nil {
		return cr
	}
	if method == "concat" || method == "join" {
		return a.anyCarries(args)
	}
	return nil
}

// anyCarries is what the first of n's named children carrying a secret
// carries: a wrapper's operand, an element, a property, an argument.
func (a *analysis) anyCarries(n *sitter.Node) *carrier {
	for i := 0; i < int(n.NamedChildCount()); i++ {
		if cr := a.carries(n.NamedChild(i)); cr != nil {
			return cr
		}
	}
	return nil
}

// shortPrefix reports slice(0, n) / substring(0, n) / substr(0, n) with
// 0 < n ≤ maxPrefix, and slice(-n) with 0 < n ≤ maxSuffix: the masks
// (sk_live_…WXYZ) that show which key is configured without revealing it.
func shortPrefix(t *js.Tree, args *sitter.Node) bool {
	num := func(n *sitter.Node) (int, bool) {
		v, err := strconv.Atoi(strings.ReplaceAll(t.Text(n), " ", ""))
		return v, err == nil && (n.Type() == "number" || n.Type() == "unary_expression")
	}
	switch args.NamedChildCount() {
	case 1:
		v, ok := num(args.NamedChild(0))
		return ok && v < 0 && v >= -maxSuffix
	case 2:
		from, ok1 := num(args.NamedChild(0))
		to, ok2 := num(args.NamedChild(1))
		return ok1 && ok2 && from == 0 && to > 0 && to <= maxPrefix
	}
	return false
}

// readText is the source text of a read, or process.env.NAME when it is
// too long to repeat in a message.
func (a *analysis) readText(n *sitter.Node, name string) string {
	if s := a.t.Text(n); len(s) <= 60 && !strings.ContainsAny(s, "\n") {
		return s
	}
	return "process.env." + name
}

// whole reports whether a bound value is the secret itself (a read, a
// local, or one with a default: key ?? ”), not something built from it.
func whole(n *sitter.Node) bool {
	switch n.Type() {
	case "member_expression", "subscript_expression", "identifier":
		return true
	case "binary_expression":
		if op := n.ChildByFieldName("operator"); op != nil && (op.Type() == "??" || op.Type() == "||") {
			l := n.ChildByFieldName("left")
			return l != nil && whole(js.Unwrap(l))
		}
	}
	return false
}
