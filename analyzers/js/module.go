package js

import (
	"bytes"
	"slices"
	"strconv"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/rules"
)

// Module is the summary of one parsed source file: plain Go values, so it
// outlives the tree it was computed from and is shared by all goroutines.
type Module struct {
	Path string
	Lang Lang
	// Directives are the module prologue ("use client", "use server").
	Directives []string
	// Imports are every static import, re-export, side-effect import,
	// require('x') and import('x') with a literal specifier.
	Imports []*Import
	// Exports maps exported names ("default" included) to what they bind.
	Exports map[string]*Export
	// StarExports are `export * from 'x'` (names not known without resolving).
	StarExports []*Import
	// Funcs are the module's top-level functions by local name; an anonymous
	// default export is under "default".
	Funcs map[string]*Func
	// Locals maps local names bound by imports to their import.
	Locals map[string]*ImportName
	// Objects are the top-level object literals and classes by local name
	// ("default" for an anonymous default export), their member functions
	// summarised as Funcs are (see Object).
	Objects map[string]*Object
	// Instances maps a top-level `const auth = new AuthService()` to the
	// constructor's local name: auth.requireUser() runs the class's method.
	Instances map[string]string
	// Built maps a top-level `const api = axios.create(cfg)` to the
	// callee that built it: what a method of it does is what the
	// builder's package says of its instances (Model.builder).
	Built map[string]Callee
	// Models maps a top-level const a model() call builds (`const
	// songModel = mongoose.models.song || mongoose.model('song', schema)`)
	// to that callee: a Mongoose model when it is mongoose's
	// (Model.mongooseModel), whatever the case of its name.
	Models map[string]Callee
	// Choices maps a top-level const bound to a conditional or a fallback
	// (`const getAuth = isDev ? (req) => ({ userId: 'dev' }) :
	// clerk.getAuth`, `a ?? b`) to the names and member chains among its
	// choices (inline functions and literals, a development stand-in, are
	// left out): resolveCallee follows the one that leads to Clerk.
	Choices map[string][]Callee
	// EnvReads are process.env / import.meta.env reads anywhere in the
	// file, and reads of SvelteKit's $env/dynamic env objects.
	EnvReads []EnvRead
	// Err says why the file has no summary (too large, minified, timeout);
	// such a Module has only Path, Lang and Directives.
	Err error
	// header marks a Header: Funcs hold each function's name and position
	// only, and EnvReads are not collected.
	header bool
	// methods counts the Objects' summarised methods (see maxMethods).
	methods int
}

// Has reports whether the prologue holds a directive.
func (m *Module) Has(directive string) bool {
	for _, d := range m.Directives {
		if d == directive {
			return true
		}
	}
	return false
}

// UseClient: the module is a React client entry ('use client').
func (m *Module) UseClient() bool { return m.Has("use client") }

// UseServer: the module's exports are server functions ('use server').
func (m *Module) UseServer() bool { return m.Has("use server") }

// ImportKind says how a module is pulled in.
type ImportKind uint8

// Import kinds.
const (
	ImportStatic     ImportKind = iota // import … from 'x'
	ImportSideEffect                   // import 'x'
	ImportReExport                     // export … from 'x'
	ImportDynamic                      // import('x')
	ImportRequire                      // require('x')
)

// Import is one edge of the module graph as written.
type Import struct {
	Spec string
	Kind ImportKind
	// TypeOnly: `import type`, or every specifier is `type X`; erased at build
	// time, so it pulls no code into a bundle.
	TypeOnly bool
	Names    []*ImportName
	Pos      rules.Position // the specifier string
	// Statement is the span of the whole statement (or call).
	Statement rules.Position
}

// ImportName is one binding an import creates.
type ImportName struct {
	Local    string
	Imported string // "default", "*" for a namespace, or the exported name
	TypeOnly bool
	Import   *Import
}

// Export is what an exported name refers to: a local binding, or another
// module's export (a re-export).
type Export struct {
	Name     string
	Local    string  // local binding ("" for re-exports)
	From     *Import // re-export source
	FromName string  // name in From ("*" for `export * as ns`)
	Pos      rules.Position
}

// EnvRead is process.env.NAME, process.env['NAME'], import.meta.env.NAME or a
// destructured `const { NAME } = process.env`.
type EnvRead struct {
	Name   string
	Object string // "process.env", "import.meta.env", or the local name of a $env/dynamic env object
	Pos    rules.Position
}

// Func summarises one function for protection analysis: the top-level
// statements of its body as Steps, in order. Phase one (here) is syntactic
// and needs no other file; Model.Protection resolves callees across files.
type Func struct {
	Name   string
	Pos    rules.Position
	Params []string // simple parameter names, "" for patterns
	// Computed[i]: parameter i has a default that is not a literal ({},
	// '', 0 and the like are), so a call leaving it out may still give it
	// something the analysis does not know.
	Computed []bool
	Async    bool
	// Awaits: the body awaits something (in it or in a function it
	// declares). An async function that awaits nothing is a synchronous
	// one for what it loads: a server page declared async by habit.
	Awaits bool
	Steps  []Step
	// Returns is the function this one returns (`return async (req) => …`, or
	// an arrow whose body is a function): the shape of a wrapper such as
	// withAuth(handler), whose Steps record calls of this function's Params.
	Returns *Func
	// Wrapped is set when the binding is the result of a call with function
	// arguments: `export const GET = withAuth(async (req) => …)`.
	Wrapped *WrappedCall
	// Calls are every call in the body, nested callbacks included, in source
	// order: what Model.Effects classifies.
	Calls []CallSite
	// Binds are what the parameters ("$0"…) and the local names of the body
	// hold; Compares the comparisons of a record's field in the body (an
	// ownership check after a fetch).
	Binds    map[string]Value
	Compares []Compare
	// Throws: the body ends in a throw with no return before it, so a call
	// never returns normally (a logout helper throwing its redirect).
	Throws bool
	// SecretTest: the function answers whether a value is a secret from
	// process.env (isValidSecret(key)), so `if (!isValidSecret(k)) return
	// 401` authenticates the request the way an inline comparison does.
	SecretTest bool
	// Bearer are the values the body puts after "Bearer " in a header
	// (`Bearer ${token}`, 'Bearer ' + token); nil when it also reads a
	// secret from the environment, which may go out with them.
	Bearer []Value
	// Renders are the components its JSX renders (<Feed />, <Card>…),
	// capitalised names, which React calls as functions in scope: a
	// server page's data may be loaded by the server components it renders.
	// A local element chosen by a condition stands for its choices, any
	// name or member chain (RenderCallee reads one).
	Renders []string
	// Results are valueKeys of its return statements, in order, up to the
	// first it cannot read (nil): which calls hand back a response or null.
	Results [][]string
	// ResultKeys are the keys of the object literals every return of a
	// block body returns, when each is one without a spread (nil
	// otherwise): all a spread of its result (`{ ...opts, ...content(d) }`)
	// can set.
	ResultKeys []string
	// ResultOf is 1 + the index of the parameter whose call's result
	// every return hands back (a transaction runner: the caller gets what
	// its callback returned), 0 when none; Relays are its calls of a
	// parameter given another's result (paramResults).
	ResultOf int
	Relays   []Relay
}

// BoundAt is the top-level statement binding name (`const { userId } =
// locals.auth()`), where a check of it belongs; false when no statement of
// the body binds it.
func (f *Func) BoundAt(name string) (rules.Position, bool) {
	for _, st := range f.Steps {
		if st.Kind == StepBind && slices.Contains(st.Names, name) {
			return st.Pos, true
		}
	}
	return rules.Position{}, false
}

// CallSite is one call of a function body.
type CallSite struct {
	Callee Callee
	// Arg is the first argument when it is a string or template literal
	// (its raw text, cut to 120 bytes), or the text of a `new X(…)`
	// argument's constructor (PutObjectCommand); Tagged is true for a
	// tagged template (sql`…`), whose template is then Arg.
	Arg    string
	Tagged bool
	Pos    rules.Position
	// Where are the query's filter fields when the call is a query with a
	// filter the summary could read (Filtered), outermost call of a chain
	// only; Model the table a chain names (from('orders'), delete(posts)).
	Where    []Field
	Filtered bool
	Model    string
	// Columns are the fields a query's explicit projection returns
	// (chainColumns), outermost call of a chain only; nil for whole rows.
	Columns []string
	// Args are the arguments, reduced to where they come from.
	Args []Value
	// Fields are the fields of the object arguments of a Clerk Backend API
	// call or a role test (nested keys dotted: publicMetadata.role), with
	// the values they hold.
	Fields []Field
	// Anonymous is true when the arguments are literals the summary could
	// read whole (a URL string, an options object whose headers are an
	// object literal) and none carries a credential: no Authorization or
	// cookie header, no API key, no secret from the environment.
	Anonymous bool
	// CallerCreds are the values a generic HTTP client call, or a call on
	// a client the function constructs, sends as its credentials, when
	// the summary could read every argument that could carry one (nil
	// otherwise); Client is the constructor's name for a call on such a
	// client. Model.Effects resolves them: all from the request, the call
	// has the caller's authority, not the app's.
	CallerCreds []Value
	Client      string
	// Objects are the fields of the arguments written as object literals
	// (nil for other arguments and for an object with a spread), nested
	// keys dotted: a helper's frame reads opts.token from them.
	Objects [][]Field
	// Spreads are the same for an object literal argument with a spread,
	// in source order, each spread a field "…" holding the value spread
	// (`{ ...mailOptions, subject }`): what a mail's recipient is when it
	// comes from the app's options object.
	Spreads [][]Field
	// Spread: an argument is spread (f(...args)), so which parameters
	// the call leaves out is not known.
	Spread bool
	// OnBuiltin marks a method call on a local holding a new built-in
	// value (`const p = new URLSearchParams(); p.set('q', q)`), or a call
	// of a Promise executor's resolve or reject.
	OnBuiltin bool
	// Ctor and Method are a method call on a value built in place (new
	// Post(data).save(): Ctor Post, Method [save]), whose Callee is not
	// valid.
	Ctor   Callee
	Method []string
	// InList are the strings of the array literal a call's includes()
	// is made on (['admin', 'support'].includes(role)), whose Callee is
	// not valid.
	InList []string
	// Given are values truthy whenever the call runs: it sits under
	// `if (v)`, `v && …` or `v ? … : …` (givenValues). Model.Effects
	// marks its effects SignedIn when one is the signed-in session.
	Given []Value
	// Made is the class a local the call is a method of was built from
	// in the body (doc.text(…) after `const doc = new PDFDocument()`),
	// when that is no built-in value.
	Made string
	// Scratch: the call is an fs write or removal whose path is the
	// request's own temp file (scratchCall); an fs call then changes
	// nothing anyone owns.
	Scratch bool
	// Returned: the body returns the call's result (`return f(req, res)`,
	// in any branch), so nothing of the body runs after it.
	Returned bool
	// TxHandle: a method called on the parameter of a function handed to
	// a transaction runner (`session.executeRead((tx) => tx.run(q))`):
	// the transaction's work, which the runner's call stands for.
	TxHandle bool
}

// WrappedCall is `callee(arg0, arg1, …)` bound to a name.
type WrappedCall struct {
	Callee Callee
	Args   []Arg
	Pos    rules.Position
}

// Arg is an argument of a WrappedCall: an inline function or a local name.
type Arg struct {
	Func  *Func
	Local string
}

// StepKind classifies a top-level statement of a function body.
type StepKind uint8

// Step kinds.
const (
	StepOther  StepKind = iota
	StepCall            // expression statement calling Callee: `await auth.protect()`
	StepBind            // `const { userId } = await auth()`: Names bound from Callee's result
	StepGuard           // `if (!userId) return …`: Names tested, Exit taken
	StepReturn          // a return (possibly conditional or nested in a block) that is not a guard
	// StepDeref: the statement reads a member of each of Names with a plain
	// `.` or `[…]` before any call in it completes (`const email =
	// user.emailAddresses[0].emailAddress`): a TypeError there when the
	// value is null, as a check that throws (evalSteps decides which
	// values can be null).
	StepDeref
)

// Step is one top-level statement, reduced to what protection analysis needs.
type Step struct {
	Kind   StepKind
	Callee Callee
	// Read is the member chain a StepBind binds from without a call
	// (`const { userId } = locals.auth`).
	Read Callee
	// Elems (StepBind of `const [a, b] = await Promise.all([f(), g()])`)
	// are the calls whose results Names hold, one for one.
	Elems []Callee
	// Names: StepBind, the names bound (destructured keys' local names, or the
	// whole variable); StepGuard, the root names tested negatively (!userId,
	// !session?.userId → session, user == null); StepReturn, the root names
	// the returned value is falsy without (userId, sessionClaims?.role ===
	// 'admin', has({ role }), !!user), so a helper returning it is a check.
	Names []string
	// Inline is a guard whose test calls directly: `if (!(await currentUser()))`.
	Inline *Callee
	// InlineAwaited: the guard awaits Inline's result (`!(await f())`);
	// testing an async function's result without await tests a promise,
	// which is always truthy.
	InlineAwaited bool
	Exit          Exit
	// From (StepBind) are the names the bound value is read from and falsy
	// without (const isGold = has({ plan: 'gold' }), const role =
	// sessionClaims?.metadata?.role): a guard on the new name tests them.
	From []string
	// Secret (StepGuard): the test compares a request value with a secret
	// from process.env (a Vercel cron's `Bearer ${process.env.CRON_SECRET}`,
	// an API key): the request is authenticated, by something else than Clerk.
	Secret bool
	// Caught: the statement is inside a try whose catch may not exit, so a
	// throw there (auth.protect(), throw, redirect()) does not end the request.
	Caught bool
	// CatchReturns: the statement is inside a try whose catch returns, so a
	// throw there becomes a return: that ends a request handler, but hands
	// control back to a helper's caller.
	CatchReturns bool
	// Present are a guard's tests of a failure value's presence: `if
	// (error)`, `if ('error' in r)`, `if (r.error)`; Keys are the keys a
	// return's object literal sets to a value that is not null, undefined
	// or false (`return { userId, error: null }` → userId).
	Present []Presence
	Keys    []string
	// Handed is the name a Present test's branch returns (`if (r) return
	// r`): the failure value the function hands on to its caller.
	Handed string
	// CatchEnds: Caught, but the try is the function's last statement, so
	// the catch falling through ends the call: a handler's request ends
	// there, a helper's caller goes on.
	CatchEnds bool
	// Failure (StepReturn) stands for a catch's returns, reached only when
	// the try threw; its Keys are the keys every one of them sets.
	Failure bool
	// CallsParam lists indexes of the enclosing wrapper's parameters (see
	// Func.Returns) called anywhere in the statement.
	CallsParam []int
	// Lead (StepReturn of an if without else) is the call the branch makes
	// first, before any other statement (`if (list) { await requireAdmin();
	// …; return … }`): a check there covers the branch's return.
	Lead Callee
	// Idle (StepReturn of an if without else): the branch does nothing but
	// return a fixed answer (`if (max > 25) return`, `return
	// NextResponse.json({ error: 'bad input' }, { status: 400 })`): the
	// early exit of input validation, which hands out nothing.
	Idle bool
	// Wraps (StepReturn) is the wrapper call a handler returns, built
	// around a function written in place: `return withRateLimit(cfg)(async
	// (req) => …)(req)`. The request is that function's, run by the
	// wrapper, as for `export const GET = withRateLimit(cfg)(…)`.
	Wraps *WrappedCall
	// Arg is the first argument of Callee's call, reduced (valueOf), and
	// Awaited says the statement awaits that call's result (`await f(x)`,
	// `(await f(x)).field`), so a rejection throws there: what
	// Clerk's users.getUser(session user id) needs to end a signed-out
	// request (sessionFetch).
	Arg     Value
	Awaited bool
	// CallArgs are the arguments of Callee's call, each the name it is
	// when a plain identifier ("" otherwise); CallSpread: one is spread, so
	// which parameters the call leaves out is not known.
	CallArgs   []string
	CallSpread bool
	// Branch (on the first of the steps an if reduces to) is the if's
	// test of a parameter's presence (`if (req) … else …`): a caller
	// leaving the parameter out runs Branch.Absent instead of those steps.
	Branch *Branch
	// Assign (StepBind): `name = value` on a name the function declared
	// with let or var: the name holds the new value, auth state or not.
	// InCatch: an assignment in a catch, run only when the try threw.
	Assign  bool
	InCatch bool
	// EarlyKeys (StepReturn of an if without else) are the keys every
	// return of the branch sets (`if (expired) return { error, status:
	// 401 }`): an early failure answer, like a guard's.
	EarlyKeys []string
	// Detached (StepCall): the call is made and forgotten (`void f(x)`):
	// the caller goes on without waiting, so a throw in an async f guards
	// f's own work, not the caller's.
	Detached bool
	Pos      rules.Position
}

// Branch is an if testing whether a parameter was given (Step.Branch).
type Branch struct {
	// Param is the parameter's index; Absent the steps the function runs
	// when it is left out (the else of `if (req)`, the consequence of
	// `if (!req)`); Span how many steps, from the one carrying the
	// Branch, the if reduces to otherwise.
	Param  int
	Absent []Step
	Span   int
}

// expandBranches replaces each parameter test of steps whose parameter
// is in absent (bit i: parameter i left out by the caller) by the steps
// the function then runs.
func expandBranches(steps []Step, absent uint64) []Step {
	if absent == 0 || !slices.ContainsFunc(steps, func(st Step) bool { return st.Branch != nil }) {
		return steps
	}
	out := make([]Step, 0, len(steps))
	for i := 0; i < len(steps); {
		if b := steps[i].Branch; b != nil && b.Param < 64 && absent&(1<<b.Param) != 0 {
			out = append(out, expandBranches(b.Absent, absent)...)
			i += max(b.Span, 1)
			continue
		}
		out = append(out, steps[i])
		i++
	}
	return out
}

// eachStep applies f to steps and to those of their branches.
func eachStep(steps []Step, f func(*Step)) {
	for i := range steps {
		f(&steps[i])
		if b := steps[i].Branch; b != nil {
			eachStep(b.Absent, f)
		}
	}
}

// allResults reads `const [a, b] = await Promise.all([f(), g()])`: the
// names bound, each to the call at its position. nil unless every element
// of both lists is a plain name and a call, one for one.
func allResults(t *Tree, pat, call *sitter.Node) ([]string, []Callee) {
	if pat == nil || call == nil || pat.Type() != "array_pattern" {
		return nil, nil
	}
	if c := CalleeOf(t, call); c.Root != "Promise" || len(c.Path) != 1 || c.Path[0] != "all" {
		return nil, nil
	}
	as := args(call)
	if len(as) != 1 || unwrap(as[0]).Type() != "array" {
		return nil, nil
	}
	ns, es := Uncommented(pat), Uncommented(unwrap(as[0]))
	if len(ns) != len(es) {
		return nil, nil
	}
	var names []string
	var elems []Callee
	for i, n := range ns {
		e := unwrap(es[i])
		if n.Type() != "identifier" || e == nil || e.Type() != "call_expression" {
			return nil, nil
		}
		c := CalleeOf(t, e)
		if !c.Valid() {
			return nil, nil
		}
		names, elems = append(names, t.Text(n)), append(elems, c)
	}
	return names, elems
}

// Uncommented lists a node's named children but comments.
func Uncommented(n *sitter.Node) []*sitter.Node {
	var out []*sitter.Node
	for i := 0; i < int(n.NamedChildCount()); i++ {
		if c := n.NamedChild(i); c.Type() != "comment" {
			out = append(out, c)
		}
	}
	return out
}

// Presence is `if (name)` (Key "") or `if ('key' in name)` / `if (name.key)`.
type Presence struct {
	Name, Key string
}

// ExitKind is how a guard's consequence leaves.
type ExitKind uint8

// Exit kinds.
const (
	ExitNone ExitKind = iota
	ExitReturn
	ExitThrow
	ExitCall // one of Calls must be an exit function (redirect, notFound, …)
)

// Exit describes a guard's consequence.
type Exit struct {
	Kind ExitKind
	// Keys: the exit returns an object literal with these keys set (see
	// Step.Keys).
	Keys  []string
	Calls []Callee
	// Returned is the call whose result a return exit returns (`return
	// this.logout(sessionId)`): one that always throws (Func.Throws) makes
	// the return a throw.
	Returned Callee
}

// Callee is a called expression as written: a root identifier and a member
// path, "()" marking an intermediate call. auth.protect() is {auth, [protect]},
// auth().protect() and (await auth()).protect() are {auth, [() protect]}.
type Callee struct {
	Root string
	Path []string
}

func (c Callee) String() string {
	var b strings.Builder
	b.WriteString(c.Root)
	for _, p := range c.Path {
		if p != "()" {
			b.WriteByte('.')
		}
		b.WriteString(p)
	}
	return b.String()
}

// Valid reports whether the callee has a root identifier.
func (c Callee) Valid() bool { return c.Root != "" }

// summarize computes a Module from a parsed tree using the core queries.
func summarize(t *Tree, path string, cq *coreQueries) *Module {
	return summarizeModule(t, path, cq, false)
}

// summarizeHeader computes a module's prologue, imports and exports without
// summarising its functions or collecting env reads (see Pass.Header): most
// of a summary's cost is its functions' steps.
func summarizeHeader(t *Tree, path string, cq *coreQueries) *Module {
	return summarizeModule(t, path, cq, true)
}

func summarizeModule(t *Tree, path string, cq *coreQueries, header bool) *Module {
	m := &Module{Path: path, Lang: t.Lang, Exports: map[string]*Export{}, Funcs: map[string]*Func{}, Locals: map[string]*ImportName{}, header: header}
	root := t.Root()
	prologue := true
	for _, s := range NamedChildren(root) {
		if prologue {
			if d, ok := directive(t, s); ok {
				m.Directives = append(m.Directives, d)
				continue
			}
			if s.Type() != "comment" {
				prologue = false
			}
		}
		switch s.Type() {
		case "import_statement":
			m.addImport(t, s)
		case "export_statement":
			m.addExport(t, s)
		case "function_declaration", "generator_function_declaration":
			if name := s.ChildByFieldName("name"); name != nil {
				m.Funcs[t.Text(name)] = m.summarizeFunc(t, s, t.Text(name))
			}
		case "lexical_declaration", "variable_declaration":
			m.addDeclarations(t, s)
		case "expression_statement":
			m.addCommonJSExport(t, s)
		case "class_declaration", "abstract_class_declaration":
			if name := s.ChildByFieldName("name"); name != nil {
				m.addClass(t, s, t.Text(name))
			}
		}
	}
	cq.collect(t, m)
	return m
}

// directive reports a prologue string statement.
func directive(t *Tree, s *sitter.Node) (string, bool) {
	if s.Type() != "expression_statement" || s.NamedChildCount() != 1 {
		return "", false
	}
	str := s.NamedChild(0)
	if str.Type() != "string" {
		return "", false
	}
	return Unquote(t, str), true
}

func (m *Module) addImport(t *Tree, s *sitter.Node) {
	src := s.ChildByFieldName("source")
	if src == nil {
		return
	}
	imp := &Import{Spec: Unquote(t, src), Kind: ImportStatic, Pos: t.Pos(src), Statement: t.Pos(s)}
	typeOnly := false
	var clause *sitter.Node
	for i := 0; i < int(s.ChildCount()); i++ {
		c := s.Child(i)
		switch c.Type() {
		case "type", "typeof":
			typeOnly = true
		case "import_clause":
			clause = c
		}
	}
	if clause == nil {
		imp.Kind = ImportSideEffect
	} else {
		for i := 0; i < int(clause.NamedChildCount()); i++ {
			c := clause.NamedChild(i)
			switch c.Type() {
			case "identifier":
				imp.Names = append(imp.Names, &ImportName{Local: t.Text(c), Imported: "default", TypeOnly: typeOnly})
			case "namespace_import":
				if id := firstNamed(c, "identifier"); id != nil {
					imp.Names = append(imp.Names, &ImportName{Local: t.Text(id), Imported: "*", TypeOnly: typeOnly})
				}
			case "named_imports":
				for j := 0; j < int(c.NamedChildCount()); j++ {
					sp := c.NamedChild(j)
					name, local := specifier(sp, "import_specifier")
					if name == nil {
						continue
					}
					spTypeOnly := typeOnly || HasChildType(sp, "type") || HasChildType(sp, "typeof")
					imp.Names = append(imp.Names, &ImportName{Local: t.Text(local), Imported: Unquote(t, name), TypeOnly: spTypeOnly})
				}
			}
		}
		imp.TypeOnly = typeOnly
		if !typeOnly && len(imp.Names) > 0 {
			all := true
			for _, n := range imp.Names {
				all = all && n.TypeOnly
			}
			imp.TypeOnly = all
		}
	}
	for _, n := range imp.Names {
		n.Import = imp
		m.Locals[n.Local] = n
	}
	m.Imports = append(m.Imports, imp)
}

func (m *Module) addExport(t *Tree, s *sitter.Node) {
	pos := t.Pos(s)
	typeOnly := HasChildType(s, "type")
	if src := s.ChildByFieldName("source"); src != nil {
		imp := &Import{Spec: Unquote(t, src), Kind: ImportReExport, TypeOnly: typeOnly, Pos: t.Pos(src), Statement: pos}
		m.Imports = append(m.Imports, imp)
		clause := firstNamed(s, "export_clause")
		ns := firstNamed(s, "namespace_export")
		switch {
		case clause != nil:
			all := true
			for i := 0; i < int(clause.NamedChildCount()); i++ {
				sp := clause.NamedChild(i)
				name, out := specifier(sp, "export_specifier")
				if name == nil {
					continue
				}
				spType := typeOnly || HasChildType(sp, "type")
				all = all && spType
				if !spType {
					m.Exports[Unquote(t, out)] = &Export{Name: Unquote(t, out), From: imp, FromName: Unquote(t, name), Pos: pos}
				}
			}
			imp.TypeOnly = typeOnly || (all && clause.NamedChildCount() > 0)
		case ns != nil:
			if id := lastNamed(ns); id != nil {
				m.Exports[Unquote(t, id)] = &Export{Name: Unquote(t, id), From: imp, FromName: "*", Pos: pos}
			}
		default:
			m.StarExports = append(m.StarExports, imp)
		}
		return
	}
	if typeOnly {
		return
	}
	if decl := s.ChildByFieldName("declaration"); decl != nil {
		isDefault := HasChildType(s, "default")
		switch decl.Type() {
		case "function_declaration", "generator_function_declaration", "class_declaration", "abstract_class_declaration":
			name := decl.ChildByFieldName("name")
			local := "default"
			if name != nil {
				local = t.Text(name)
			}
			if decl.Type() != "class_declaration" && decl.Type() != "abstract_class_declaration" {
				m.Funcs[local] = m.summarizeFunc(t, decl, local)
			} else {
				m.addClass(t, decl, local)
			}
			exp := local
			if isDefault {
				exp = "default"
			}
			m.Exports[exp] = &Export{Name: exp, Local: local, Pos: pos}
		case "lexical_declaration", "variable_declaration":
			for _, name := range m.addDeclarations(t, decl) {
				m.Exports[name] = &Export{Name: name, Local: name, Pos: pos}
			}
		}
		return
	}
	if v := s.ChildByFieldName("value"); v != nil { // export default <expression>
		u := unwrap(v)
		switch u.Type() {
		case "identifier":
			m.Exports["default"] = &Export{Name: "default", Local: t.Text(u), Pos: pos}
			return
		case "arrow_function", "function_expression", "function":
			m.Funcs["default"] = m.summarizeFunc(t, u, "default")
		case "call_expression":
			if w := m.wrappedCall(t, u); w != nil {
				m.Funcs["default"] = &Func{Name: "default", Pos: t.Pos(u), Wrapped: w}
			}
		default:
			m.addValue(t, u, "default")
		}
		m.Exports["default"] = &Export{Name: "default", Local: "default", Pos: pos}
		return
	}
	if clause := firstNamed(s, "export_clause"); clause != nil {
		for i := 0; i < int(clause.NamedChildCount()); i++ {
			sp := clause.NamedChild(i)
			name, out := specifier(sp, "export_specifier")
			if name == nil || HasChildType(sp, "type") {
				continue
			}
			m.Exports[Unquote(t, out)] = &Export{Name: Unquote(t, out), Local: t.Text(name), Pos: pos}
		}
	}
}

// addCommonJSExport records `module.exports = x`, `module.exports = { a, b:
// c }` and `exports.a = …` / `module.exports.a = …` as exports: x is the
// default export (what require() and a default import return), the object's
// keys and the assigned properties are named exports. A function assigned
// inline is summarised under the export's name.
func (m *Module) addCommonJSExport(t *Tree, s *sitter.Node) {
	if s.NamedChildCount() == 0 {
		return
	}
	a := s.NamedChild(0)
	if a.Type() != "assignment_expression" {
		return
	}
	left, right := a.ChildByFieldName("left"), a.ChildByFieldName("right")
	if left == nil || right == nil {
		return
	}
	pos := t.Pos(s)
	bind := func(name string, v *sitter.Node) {
		if m.Exports[name] != nil {
			return
		}
		switch v = unwrap(v); v.Type() {
		case "identifier":
			m.Exports[name] = &Export{Name: name, Local: t.Text(v), Pos: pos}
		case "arrow_function", "function_expression", "function":
			local := name
			if m.Funcs[local] != nil {
				return
			}
			m.Funcs[local] = m.summarizeFunc(t, v, local)
			m.Exports[name] = &Export{Name: name, Local: local, Pos: pos}
		}
	}
	switch lt := t.Text(left); {
	case lt == "module.exports":
		r := unwrap(right)
		if r.Type() != "object" {
			bind("default", r)
			return
		}
		for i := 0; i < int(r.NamedChildCount()); i++ {
			p := r.NamedChild(i)
			switch p.Type() {
			case "shorthand_property_identifier":
				if m.Exports[t.Text(p)] == nil {
					m.Exports[t.Text(p)] = &Export{Name: t.Text(p), Local: t.Text(p), Pos: pos}
				}
			case "pair":
				if k, v := p.ChildByFieldName("key"), p.ChildByFieldName("value"); k != nil && v != nil {
					bind(Unquote(t, k), v)
				}
			case "method_definition":
				if k := p.ChildByFieldName("name"); k != nil && m.Funcs[t.Text(k)] == nil {
					m.Funcs[t.Text(k)] = m.summarizeFunc(t, p, t.Text(k))
					m.Exports[t.Text(k)] = &Export{Name: t.Text(k), Local: t.Text(k), Pos: pos}
				}
			}
		}
	case strings.HasPrefix(lt, "exports.") || strings.HasPrefix(lt, "module.exports."):
		name := lt[strings.LastIndexByte(lt, '.')+1:]
		if name != "" && !strings.ContainsAny(name, "[]() ") {
			bind(name, right)
		}
	}
}

// modelCall is the model() call a value is, or falls back to (`models.X
// || model('X', schema)`, `?? mongoose.model(…)`): the shape of a Mongoose
// model's declaration, whose package the caller checks.
func modelCall(t *Tree, v *sitter.Node) (Callee, bool) {
	if v != nil && v.Type() == "binary_expression" {
		if op := v.ChildByFieldName("operator"); op != nil && (t.Text(op) == "||" || t.Text(op) == "??") {
			v = unwrap(v.ChildByFieldName("right"))
		}
	}
	if v == nil || v.Type() != "call_expression" {
		return Callee{}, false
	}
	c := CalleeOf(t, v)
	if !c.Valid() || (c.Root != "model" && (len(c.Path) == 0 || c.Path[len(c.Path)-1] != "model")) {
		return Callee{}, false
	}
	return c, true
}

// addDeclarations records top-level `const f = () => …` and
// `const GET = withAuth(…)` and returns the simple names declared.
func (m *Module) addDeclarations(t *Tree, decl *sitter.Node) []string {
	var names []string
	for i := 0; i < int(decl.NamedChildCount()); i++ {
		d := decl.NamedChild(i)
		if d.Type() != "variable_declarator" {
			continue
		}
		name := d.ChildByFieldName("name")
		if name == nil || name.Type() != "identifier" {
			continue
		}
		local := t.Text(name)
		names = append(names, local)
		v := d.ChildByFieldName("value")
		if v == nil {
			continue
		}
		if c, ok := modelCall(t, unwrap(v)); ok {
			if m.Models == nil {
				m.Models = map[string]Callee{}
			}
			m.Models[local] = c
		}
		switch u := unwrap(v); u.Type() {
		case "arrow_function", "function_expression", "function":
			m.Funcs[local] = m.summarizeFunc(t, u, local)
		case "call_expression":
			if c := CalleeOf(t, u); c.Valid() {
				if m.Built == nil {
					m.Built = map[string]Callee{}
				}
				m.Built[local] = c
			}
			if f := m.requestMemo(t, u); f != nil {
				m.Funcs[local] = m.summarizeFunc(t, f, local)
			} else if w := m.wrappedCall(t, u); w != nil {
				m.Funcs[local] = &Func{Name: local, Pos: t.Pos(d), Wrapped: w}
			}
		case "ternary_expression", "binary_expression":
			if cs := choices(t, u); len(cs) > 0 {
				if m.Choices == nil {
					m.Choices = map[string][]Callee{}
				}
				m.Choices[local] = cs
			}
		default:
			m.addValue(t, u, local)
			if o := m.Objects[local]; o != nil && u.Type() == "object" && t.Text(decl.Child(0)) == "const" && u.NamedChildCount() <= maxConstFields {
				o.Const, o.Fields = true, argFields(t, u, "")
			}
		}
	}
	return names
}

// choices lists the names and member chains a conditional (`c ? a : b`)
// or a fallback (`a ?? b`, `a || b`) may evaluate to, nested ones too;
// nil when a choice is anything else but an inline function or a literal.
func choices(t *Tree, v *sitter.Node) []Callee {
	var out []Callee
	ok, _ := choiceLeaves(t, v, func(v *sitter.Node) bool {
		switch {
		case isFunction(v), v.Type() == "string", v.Type() == "null", v.Type() == "undefined":
			return true
		case v.Type() == "identifier", v.Type() == "member_expression" && memberChain(v):
			out = append(out, chainOf(t, v))
			return true
		}
		return false
	})
	if !ok {
		return nil
	}
	return out
}

// choiceLeaves calls leaf on each value a conditional (`c ? a : b`) or a
// fallback (`a ?? b`, `a || b`) may evaluate to, nested ones too (on v
// itself when it is neither). ok: leaf took every one; branched: v is a
// conditional or a fallback.
func choiceLeaves(t *Tree, v *sitter.Node, leaf func(*sitter.Node) bool) (ok, branched bool) {
	var walk func(v *sitter.Node) bool
	walk = func(v *sitter.Node) bool {
		switch v = unwrap(v); {
		case v == nil:
			return false
		case v.Type() == "ternary_expression":
			branched = true
			return walk(v.ChildByFieldName("consequence")) && walk(v.ChildByFieldName("alternative"))
		case v.Type() == "binary_expression":
			if op := v.ChildByFieldName("operator"); op == nil || (t.Text(op) != "||" && t.Text(op) != "??") {
				return false
			}
			branched = true
			return walk(v.ChildByFieldName("left")) && walk(v.ChildByFieldName("right"))
		}
		return leaf(v)
	}
	ok = walk(v)
	return ok, branched
}

// maxConstFields bounds the members of a const object literal whose
// values the summary keeps (Object.Fields): options objects are small,
// and a dictionary of thousands of strings would be kept for nothing.
const maxConstFields = 64

// addValue records a top-level binding that is an object literal, a class
// expression or an instance of a class (see Object).
func (m *Module) addValue(t *Tree, v *sitter.Node, local string) {
	switch v.Type() {
	case "object":
		m.addObject(t, v, local)
	case "class":
		m.addClass(t, v, local)
	case "new_expression":
		m.addInstance(t, v, local)
	}
}

// requestMemo returns the function of React's cache(fn) (imported from
// react): it memoises fn for one request and otherwise is fn, so
// `const getCurrentUser = cache(async () => { … auth() … })` is summarised
// as the function it wraps (its session check credits its callers).
func (m *Module) requestMemo(t *Tree, call *sitter.Node) *sitter.Node {
	c := CalleeOf(t, call)
	args := call.ChildByFieldName("arguments")
	if len(c.Path) > 0 || args == nil || args.NamedChildCount() != 1 {
		return nil
	}
	in := m.Locals[c.Root]
	if in == nil || in.Import == nil || in.Import.Spec != "react" || in.Imported != "cache" {
		return nil
	}
	if f := unwrap(args.NamedChild(0)); IsFunc(f) {
		return f
	}
	return nil
}

// wrappedCall describes `callee(args…)` when at least one argument is a
// function or an identifier (a handler passed by name).
func (m *Module) wrappedCall(t *Tree, call *sitter.Node) *WrappedCall {
	callee := CalleeOf(t, call)
	if !callee.Valid() {
		return nil
	}
	args := call.ChildByFieldName("arguments")
	if args == nil {
		return nil
	}
	w := &WrappedCall{Callee: callee, Pos: t.Pos(call)}
	useful := false
	for i := 0; i < int(args.NamedChildCount()); i++ {
		a := unwrap(args.NamedChild(i))
		switch a.Type() {
		case "arrow_function", "function_expression", "function":
			w.Args = append(w.Args, Arg{Func: m.summarizeFunc(t, a, "")})
			useful = true
		case "identifier":
			w.Args = append(w.Args, Arg{Local: t.Text(a)})
			useful = true
		default:
			w.Args = append(w.Args, Arg{})
		}
	}
	if !useful {
		return nil
	}
	return w
}

// returnedWrapper reads a returned call that wraps a function written in
// place, curried (w(cfg)(fn)) or not (w(fn)), applied to the request or
// not (w(cfg)(fn)(req)): the call whose arguments hold the function, as a
// WrappedCall. nil when no call of the chain has one.
func returnedWrapper(t *Tree, call *sitter.Node) *WrappedCall {
	for c := call; c != nil && c.Type() == "call_expression"; c = unwrap(c.ChildByFieldName("function")) {
		args := c.ChildByFieldName("arguments")
		if args == nil || args.Type() != "arguments" {
			return nil // a tagged template
		}
		inline := false
		for i := 0; i < int(args.NamedChildCount()); i++ {
			inline = inline || isFunction(unwrap(args.NamedChild(i)))
		}
		if !inline {
			continue
		}
		callee := CalleeOf(t, c)
		if !callee.Valid() {
			return nil
		}
		w := &WrappedCall{Callee: callee, Pos: t.Pos(c)}
		for i := 0; i < int(args.NamedChildCount()); i++ {
			if a := unwrap(args.NamedChild(i)); isFunction(a) {
				w.Args = append(w.Args, Arg{Func: summarizeFunc(t, a, "", nil)})
			} else {
				w.Args = append(w.Args, Arg{})
			}
		}
		return w
	}
	return nil
}

// summarizeFunc is SummarizeFunc, or in a header the function's name and
// position alone.
func (m *Module) summarizeFunc(t *Tree, fn *sitter.Node, name string) *Func {
	if m.header {
		return &Func{Name: name, Pos: t.Pos(fn)}
	}
	return SummarizeFunc(t, fn, name)
}

// SummarizeFunc computes the Steps of a function node (declaration,
// expression or arrow). Rules may call it on any function of a tree they hold,
// e.g. a route handler, and evaluate it with Model.Protection.
func SummarizeFunc(t *Tree, fn *sitter.Node, name string) *Func {
	return summarizeFunc(t, fn, name, nil)
}

func summarizeFunc(t *Tree, fn *sitter.Node, name string, outer []string) *Func {
	f := &Func{Name: name, Pos: t.Pos(fn), Async: HasChildType(fn, "async")}
	for _, p := range Params(fn) {
		f.Params = append(f.Params, paramName(t, p))
		f.Computed = append(f.Computed, computedDefault(p))
	}
	body := fn.ChildByFieldName("body")
	if body == nil {
		return f
	}
	f.Calls = callSites(t, body)
	f.Awaits = f.Async && awaits(body)
	f.Binds = bindings(t, fn, body)
	f.Compares = compares(t, body)
	f.SecretTest = secretCheck(t, fn, body)
	f.Bearer = bearerValues(t, body)
	f.Renders = rendered(t, body)
	f.Results = returnValues(t, body)
	f.ResultKeys = resultKeys(t, body)
	f.ResultOf, f.Relays = paramResults(t, body, f.Params)
	sc := stepScanner{t: t, params: outer, fn: fn, body: body, flags: map[string]bool{}, own: f.Params}
	if body.Type() != "statement_block" {
		// An expression body is `return <expr>`.
		e := unwrap(body)
		if isFunction(e) {
			f.Returns = summarizeFunc(t, e, "", f.Params)
			return f
		}
		st := Step{Kind: StepReturn, Pos: t.Pos(body)}
		if e.Type() == "call_expression" {
			st.Callee = CalleeOf(t, e)
			st.Wraps = returnedWrapper(t, e)
		}
		st.returned(t, e)
		if len(sc.params) > 0 {
			st.CallsParam = sc.paramCalls(body)
		}
		f.Steps = append(f.Steps, st)
		return f
	}
	lastStmt := -1
	for i := 0; i < int(body.NamedChildCount()); i++ {
		if body.NamedChild(i).Type() != "comment" {
			lastStmt = i
		}
	}
	f.Throws = lastStmt >= 0 && body.NamedChild(lastStmt).Type() == "throw_statement" && !hasReturn(t, body)
	var loose map[string]bool // names assigned again, which a dereference tells nothing of
	for i := 0; i < int(body.NamedChildCount()); i++ {
		s := body.NamedChild(i)
		if s.Type() == "comment" {
			continue
		}
		sc.last = i == lastStmt
		if g, ok := positiveGuard(t, body, s, i, lastStmt); ok {
			f.Steps = append(f.Steps, g)
		}
		if names := derefs(t, s); len(names) > 0 {
			if loose == nil {
				loose = looseNames(t, body)
			}
			names = slices.DeleteFunc(names, func(n string) bool {
				_, local := f.Binds[n] // not an import or a global (NextResponse.json)
				return loose[n] || !local
			})
			if len(names) > 0 {
				f.Steps = append(f.Steps, Step{Kind: StepDeref, Names: names, Pos: t.Pos(s)})
			}
		}
		if s.Type() == "return_statement" && s.NamedChildCount() > 0 {
			if e := unwrap(s.NamedChild(0)); isFunction(e) && f.Returns == nil {
				f.Returns = summarizeFunc(t, e, "", f.Params)
			}
		}
		f.Steps = append(f.Steps, sc.steps(s)...)
	}
	return f
}

// positiveGuard reads `if (auth && auth.isAuthenticated) { return
// auth.userId } throw new Error('unauthorized')`: the branch returns when
// the tested names are there and the function's last statement, right
// after it, throws; so the throw runs exactly when they are missing, as
// in `if (!auth?.isAuthenticated) throw …`. The guard step comes before
// the if's own steps.
func positiveGuard(t *Tree, body, s *sitter.Node, i, last int) (Step, bool) {
	if s.Type() != "if_statement" || s.ChildByFieldName("alternative") != nil || last <= i || body.NamedChild(last).Type() != "throw_statement" {
		return Step{}, false
	}
	for j := i + 1; j < last; j++ {
		if body.NamedChild(j).Type() != "comment" {
			return Step{}, false
		}
	}
	cond, cons := s.ChildByFieldName("condition"), s.ChildByFieldName("consequence")
	if cond == nil || cons == nil || !endsInReturn(cons) {
		return Step{}, false
	}
	names, call := truthyFrom(t, cond)
	if len(names) == 0 || call != nil {
		return Step{}, false
	}
	return Step{Kind: StepGuard, Names: names, Exit: Exit{Kind: ExitThrow}, Pos: t.Pos(body.NamedChild(last))}, true
}

// lazyBuilders are the methods of query builders that only add to the
// query they return (Supabase's from().select().eq(), Knex's and Drizzle's
// where): nothing runs until the chain is awaited, so a member read in a
// later link's arguments happens before the query.
var lazyBuilders = set("from", "select", "eq", "neq", "gt", "gte", "lt", "lte", "like", "ilike", "in", "is", "match", "order", "limit", "range", "where", "filter", "not", "or", "contains")

// lazyBuilder: call is obj.m(…) with m one of lazyBuilders, on an object
// that is a name, a member or another call (supabase.from('t').select('*')).
// An inner call's own laziness is decided where derefs visits it, before
// this one, so a chain is read once, not once per link.
func lazyBuilder(t *Tree, call *sitter.Node) bool {
	if call.Type() != "call_expression" {
		return false
	}
	f := unwrap(call.ChildByFieldName("function"))
	if f == nil || f.Type() != "member_expression" {
		return false
	}
	prop, obj := f.ChildByFieldName("property"), unwrap(f.ChildByFieldName("object"))
	if prop == nil || obj == nil || !lazyBuilders[t.Text(prop)] {
		return false
	}
	switch obj.Type() {
	case "identifier", "member_expression", "call_expression":
		return true
	}
	return false
}

// derefs lists the names a top-level expression statement, declaration
// or return reads a member of with a plain `.` or `[…]` (user.id, userId.length,
// user.emailAddresses[0]) before any call in it has run: evaluated in
// order, a call's callee and arguments come before the call, while the
// right side of &&, || and ??, a conditional's branches and function
// bodies may not run at all. Reading through `?.` throws nothing, nor does
// anything after a call in the statement, which may have acted already;
// a query builder's links (lazyBuilder) run nothing before the chain is
// awaited, so they are no such call.
func derefs(t *Tree, s *sitter.Node) []string {
	var roots []*sitter.Node
	switch s.Type() {
	case "expression_statement", "return_statement":
		roots = Uncommented(s)
	case "lexical_declaration", "variable_declaration":
		for _, d := range Uncommented(s) {
			if v := d.ChildByFieldName("value"); d.Type() == "variable_declarator" && v != nil {
				roots = append(roots, v)
			}
		}
	default:
		return nil
	}
	var out []string
	called := false
	var visit func(n *sitter.Node)
	visit = func(n *sitter.Node) {
		if n == nil || called {
			return
		}
		switch n.Type() {
		case "identifier", "string", "number", "true", "false", "null", "undefined", "this", "comment",
			"arrow_function", "function_expression", "function", "class", "regex", "type_arguments":
			return // evaluated without a call or a member read
		case "member_expression", "subscript_expression":
			obj := n.ChildByFieldName("object")
			if o := unwrap(obj); o != nil && o.Type() == "identifier" && n.ChildByFieldName("optional_chain") == nil && !optionalAccess(t, n, obj) {
				out = appendNew(out, []string{t.Text(o)})
			} else {
				visit(obj)
			}
			visit(n.ChildByFieldName("index"))
			return
		case "call_expression", "new_expression":
			for _, c := range Uncommented(n) {
				visit(c)
			}
			called = called || !lazyBuilder(t, n)
			return
		case "binary_expression":
			if op := n.ChildByFieldName("operator"); op != nil && (t.Text(op) == "&&" || t.Text(op) == "||" || t.Text(op) == "??") {
				visit(n.ChildByFieldName("left"))
				called = called || hasCall(n.ChildByFieldName("right"))
				return
			}
		case "ternary_expression":
			visit(n.ChildByFieldName("condition"))
			called = called || hasCall(n.ChildByFieldName("consequence")) || hasCall(n.ChildByFieldName("alternative"))
			return
		case "assignment_expression", "augmented_assignment_expression":
			visit(n.ChildByFieldName("right"))
			called = called || hasCall(n.ChildByFieldName("left"))
			return
		case "parenthesized_expression", "await_expression", "as_expression", "satisfies_expression", "non_null_expression",
			"type_assertion", "template_string", "template_substitution", "object", "pair", "array", "spread_element",
			"shorthand_property_identifier", "unary_expression", "arguments":
		default:
			called = called || hasCall(n) // a construct not read here
			return
		}
		for _, c := range Uncommented(n) {
			if n.Type() == "pair" && c == n.ChildByFieldName("key") && c.Type() != "computed_property_name" {
				continue
			}
			visit(c)
		}
	}
	for _, r := range roots {
		visit(r)
	}
	return out
}

// optionalAccess: the member or subscript n reads obj's member through
// `?.` (found in the text between them when the grammar names no field).
func optionalAccess(t *Tree, n, obj *sitter.Node) bool {
	if obj == nil {
		return true
	}
	return bytes.HasPrefix(bytes.TrimLeft(t.Src[obj.EndByte():n.EndByte()], " \t\r\n"), []byte("?."))
}

// hasCall: n holds a call or a construction outside nested functions.
func hasCall(n *sitter.Node) bool {
	found := false
	Walk(n, func(c *sitter.Node) bool {
		switch c.Type() {
		case "call_expression", "new_expression":
			found = true
		case "arrow_function", "function_expression", "function", "class":
			return false
		}
		return !found
	})
	return found
}

// endsInReturn: a branch that is a return statement, or a block whose last
// statement is one.
func endsInReturn(n *sitter.Node) bool {
	if n.Type() == "statement_block" {
		stmts := Uncommented(n)
		return len(stmts) > 0 && stmts[len(stmts)-1].Type() == "return_statement"
	}
	return n.Type() == "return_statement"
}

// maxRenders bounds Func.Renders on a hostile file.
const maxRenders = 64

// rendered lists the components a function body renders in JSX, in source
// order: capitalised identifiers, not host elements (<div>) or members
// (<Tabs.List>). A const of the body choosing the element by a condition
// (shadcn/ui's `const Comp = asChild ? Slot : "button"`) renders one of its
// choices: the components among them are listed in its place, the host
// elements dropped. TypeScript files have no JSX.
func rendered(t *Tree, body *sitter.Node) []string {
	if t.Lang == TypeScript || !bytes.Contains(t.Src[body.StartByte():body.EndByte()], []byte("<")) {
		return nil
	}
	choices := elementChoices(t, body)
	var out []string
	add := func(s string) {
		if len(out) < maxRenders && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	Walk(body, func(n *sitter.Node) bool {
		if len(out) == maxRenders {
			return false
		}
		if n.Type() != "jsx_opening_element" && n.Type() != "jsx_self_closing_element" {
			return true
		}
		if name := n.ChildByFieldName("name"); name != nil && name.Type() == "identifier" {
			s := t.Text(name)
			if s[0] < 'A' || s[0] > 'Z' {
				return true
			}
			if c, ok := choices[s]; ok {
				for _, x := range c {
					add(x)
				}
				return true
			}
			add(s)
		}
		return true
	})
	return out
}

// memberChain: n is a chain of plain names (Slot.Root, ui.Slot.Root).
func memberChain(n *sitter.Node) bool {
	for n.Type() == "member_expression" {
		if p := n.ChildByFieldName("property"); p == nil || p.Type() != "property_identifier" {
			return false
		}
		if n = n.ChildByFieldName("object"); n == nil {
			return false
		}
	}
	return n.Type() == "identifier"
}

// RenderCallee is the callee a Func.Renders entry names: a component, or
// a member of what a name holds (Slot.Root, a choice's element).
func RenderCallee(name string) Callee {
	root, rest, _ := strings.Cut(name, ".")
	c := Callee{Root: root}
	if rest != "" {
		c.Path = strings.Split(rest, ".")
	}
	return c
}

// elementChoices maps each capitalised const of a body, bound once to a
// conditional or a fallback whose every choice is a string (a host
// element) or a name (`asChild ? Slot : "button"`, `as ?? "div"`, a
// member chain `Slot.Root`), to the names among its choices. A
// lowercase name such as a prop is kept: resolving it fails, so callers
// treat it as unknown. Any other binding is left out, and renders as itself.
func elementChoices(t *Tree, body *sitter.Node) map[string][]string {
	var out map[string][]string
	bound := map[string]int{}
	Walk(body, func(n *sitter.Node) bool {
		if n.Type() != "variable_declarator" {
			return true
		}
		name := n.ChildByFieldName("name")
		if name == nil || name.Type() != "identifier" {
			return true
		}
		s := t.Text(name)
		if s[0] < 'A' || s[0] > 'Z' {
			return true
		}
		bound[s]++
		decl := n.Parent()
		if decl == nil || decl.Type() != "lexical_declaration" || decl.Child(0) == nil || decl.Child(0).Type() != "const" {
			return true
		}
		var comps []string
		ok, branched := choiceLeaves(t, n.ChildByFieldName("value"), func(v *sitter.Node) bool {
			switch {
			case v.Type() == "string":
				return true
			case v.Type() == "identifier", v.Type() == "member_expression" && memberChain(v):
				if c := t.Text(v); !slices.Contains(comps, c) {
					comps = append(comps, c)
				}
				return true
			}
			return false
		})
		if ok && branched {
			if out == nil {
				out = map[string][]string{}
			}
			out[s] = comps
		}
		return true
	})
	for s := range out {
		if bound[s] > 1 {
			delete(out, s) // declared twice in nested scopes: which one renders is not read here
		}
	}
	return out
}

func isFunction(n *sitter.Node) bool {
	switch n.Type() {
	case "arrow_function", "function_expression", "function":
		return true
	}
	return false
}

// computedDefault reports whether a parameter's default value is other
// than a literal or an empty object or array.
func computedDefault(p *sitter.Node) bool {
	var d *sitter.Node
	switch p.Type() {
	case "required_parameter", "optional_parameter":
		d = p.ChildByFieldName("value")
	case "assignment_pattern":
		d = p.ChildByFieldName("right")
	}
	if d = unwrap(d); d == nil {
		return false
	}
	switch d.Type() {
	case "string", "number", "true", "false", "null", "undefined":
		return false
	case "object", "array":
		return d.NamedChildCount() > 0
	case "template_string":
		return d.NamedChildCount() > 0
	}
	return true
}

func paramName(t *Tree, p *sitter.Node) string {
	switch p.Type() {
	case "identifier":
		return t.Text(p)
	case "required_parameter", "optional_parameter":
		if pat := p.ChildByFieldName("pattern"); pat != nil && pat.Type() == "identifier" {
			return t.Text(pat)
		}
	case "assignment_pattern":
		if l := p.ChildByFieldName("left"); l != nil && l.Type() == "identifier" {
			return t.Text(l)
		}
	}
	return ""
}

type stepScanner struct {
	t      *Tree
	params []string // the enclosing wrapper's parameters, for CallsParam
	// last: the statement being reduced is the function body's last, so a
	// catch that falls through ends the call as a return would.
	last bool
	// body is the function body; flags are its `let x = false` names seen
	// so far (see flagFrom).
	body  *sitter.Node
	flags map[string]bool
	// own are the function's parameters; lets the names it declared with
	// let or var so far (Step.Assign); inCatch: reducing a catch block.
	own     []string
	lets    map[string]bool
	inCatch bool
	// fn is the function; flow its secretFlow, read when a guard's test
	// is no plain comparison with a secret.
	fn   *sitter.Node
	flow *secretFlow
	// nest is how many statements steps is inside (maxStepNest).
	nest int
	// assignCount memoises assignments in body by name: every if of a
	// deep nest asks about the same names, and each answer walks the body.
	assignCount map[string]int
}

// assignedIn is assignments(t, sc.body, name), counted once per name.
func (sc *stepScanner) assignedIn(name string) int {
	if n, ok := sc.assignCount[name]; ok {
		return n
	}
	if sc.assignCount == nil {
		sc.assignCount = map[string]int{}
	}
	n := assignments(sc.t, sc.body, name)
	sc.assignCount[name] = n
	return n
}

// secretTest is secretTest, or a comparison of the request with a secret
// through the function's locals (secretFlow).
func (sc *stepScanner) secretTest(cond *sitter.Node) bool {
	if secretTest(sc.t, cond) {
		return true
	}
	if sc.fn == nil || !secretEnvIn(sc.t.Src[sc.body.StartByte():sc.body.EndByte()]) {
		return false
	}
	if sc.flow == nil {
		sc.flow = newSecretFlow(sc.t, sc.fn, sc.body)
	}
	return sc.flow.differs(cond)
}

// secretEqual reports a test that holds only when the request equals a
// secret (through the function's locals, secretFlow): the test of an if
// whose else exits, or of a last if whose end ends the function, so what
// exits is every request not carrying the secret.
func (sc *stepScanner) secretEqual(cond *sitter.Node) bool {
	if sc.fn == nil || !secretEnvIn(sc.t.Src[sc.body.StartByte():sc.body.EndByte()]) {
		return false
	}
	if sc.flow == nil {
		sc.flow = newSecretFlow(sc.t, sc.fn, sc.body)
	}
	return sc.flow.isEqual(cond)
}

// verifiesToken reports a call verifying a token the request carries
// against a secret from process.env (jwt.verify(token, secret),
// jwtVerify(token, key)), through the function's locals and module
// consts (secretFlow): it throws on a forged or expired token, so when
// the throw ends the request, the token authenticates it. Which package
// verifies is the evaluator's to check (Step.Secret).
func (sc *stepScanner) verifiesToken(call *sitter.Node) bool {
	c := CalleeOf(sc.t, call)
	name := c.Root
	if len(c.Path) > 0 {
		name = c.Path[len(c.Path)-1]
	}
	as := args(call)
	if (name != "verify" && name != "jwtVerify") || len(as) < 2 || sc.fn == nil {
		return false
	}
	if sc.flow == nil {
		sc.flow = newSecretFlow(sc.t, sc.fn, sc.body)
	}
	return sc.flow.originOf(as[0]) == sideRequest && sc.flow.originOf(as[1]) == sideSecret
}

// steps reduces one top-level statement. An if testing whether a
// parameter was given carries, on its first step, what runs when it was
// not (Step.Branch); in a catch, only the assignments it may make are
// kept (Step.InCatch).
func (sc *stepScanner) steps(s *sitter.Node) []Step {
	if sc.nest >= maxStepNest {
		// Hostile nesting: the statement is one opaque step, a return
		// if it may return, rather than a flattening that copies every
		// level's steps into the one above it.
		st := Step{Pos: sc.t.Pos(s), InCatch: sc.inCatch}
		if mayReturn, _ := sc.scanReturns(s); mayReturn {
			st.Kind = StepReturn
		}
		return []Step{st}
	}
	sc.nest++
	defer func() { sc.nest-- }()
	out := sc.reduce(s)
	if sc.inCatch {
		if s.Type() != "expression_statement" {
			// A compound statement of a catch may assign anywhere in it:
			// the names lose whatever they held.
			for _, n := range sc.assigned(s) {
				out = append(out, Step{Kind: StepBind, Names: []string{n}, Assign: true, Pos: sc.t.Pos(s)})
			}
		}
		out = slices.DeleteFunc(out, func(st Step) bool { return !st.Assign })
		for i := range out {
			out[i].InCatch = true
		}
	}
	if s.Type() == "if_statement" {
		if i, absent, ok := sc.paramTest(s); ok {
			if len(out) == 0 {
				out = []Step{{Pos: sc.t.Pos(s), InCatch: sc.inCatch}}
			}
			var alt []Step
			if absent != nil {
				alt = sc.block(absent)
			}
			out[0].Branch = &Branch{Param: i, Absent: alt, Span: len(out)}
		}
	}
	return out
}

// block reduces a branch: a block's statements, or a single statement.
// Only the block's last statement is the body's last when the if is.
func (sc *stepScanner) block(n *sitter.Node) []Step {
	if n.Type() == "else_clause" {
		if n.NamedChildCount() == 0 {
			return nil
		}
		n = n.NamedChild(int(n.NamedChildCount()) - 1)
	}
	if n.Type() != "statement_block" {
		return sc.steps(n)
	}
	last := sc.last
	defer func() { sc.last = last }()
	stmts := Uncommented(n)
	var out []Step
	for i, c := range stmts {
		sc.last = last && i == len(stmts)-1
		out = append(out, sc.steps(c)...)
	}
	return out
}

// paramTest reads an if whose test is whether a parameter the body never
// assigns was given (`if (req)`, `if (!req)`, `if (req == null)`): the
// parameter's index and the branch run when it was left out (nil: none).
func (sc *stepScanner) paramTest(s *sitter.Node) (int, *sitter.Node, bool) {
	cond, cons, alt := unwrap(s.ChildByFieldName("condition")), s.ChildByFieldName("consequence"), s.ChildByFieldName("alternative")
	if cond == nil || cons == nil {
		return 0, nil, false
	}
	t := sc.t
	present := true
	switch cond.Type() {
	case "unary_expression":
		if op := cond.ChildByFieldName("operator"); op == nil || t.Text(op) != "!" {
			return 0, nil, false
		}
		cond, present = unwrap(cond.ChildByFieldName("argument")), false
	case "binary_expression":
		l, r := unwrap(cond.ChildByFieldName("left")), unwrap(cond.ChildByFieldName("right"))
		op := cond.ChildByFieldName("operator")
		if l == nil || r == nil || op == nil || !isNullish(t, r) {
			return 0, nil, false
		}
		switch t.Text(op) {
		case "==", "===":
			present = false
		case "!=", "!==":
		default:
			return 0, nil, false
		}
		cond = l
	}
	if cond == nil || cond.Type() != "identifier" {
		return 0, nil, false
	}
	name := t.Text(cond)
	i := slices.Index(sc.own, name)
	if i < 0 || sc.assignedIn(name) > 0 {
		return 0, nil, false
	}
	if present {
		return i, alt, true
	}
	return i, cons, true
}

// assigned lists the let or var names assigned in n, not in functions
// nested in it.
func (sc *stepScanner) assigned(n *sitter.Node) []string {
	var out []string
	Walk(n, func(c *sitter.Node) bool {
		if isFunction(c) || c.Type() == "function_declaration" {
			return false
		}
		if c.Type() == "assignment_expression" || c.Type() == "augmented_assignment_expression" {
			if l := c.ChildByFieldName("left"); l != nil && l.Type() == "identifier" && sc.lets[sc.t.Text(l)] && !slices.Contains(out, sc.t.Text(l)) {
				out = append(out, sc.t.Text(l))
			}
		}
		return true
	})
	return out
}

// callArgs reads a call's arguments for Step.CallArgs.
func callArgs(t *Tree, call *sitter.Node) (names []string, spread bool) {
	for _, a := range args(call) {
		if a.Type() == "spread_element" {
			return nil, true
		}
		name := ""
		if u := unwrap(a); u.Type() == "identifier" {
			name = t.Text(u)
		}
		names = append(names, name)
	}
	return names, false
}

func (sc *stepScanner) reduce(s *sitter.Node) []Step {
	t := sc.t
	pos := t.Pos(s)
	base := Step{Pos: pos}
	if len(sc.params) > 0 {
		base.CallsParam = sc.paramCalls(s)
	}
	switch s.Type() {
	case "expression_statement":
		if s.NamedChildCount() == 0 {
			return nil
		}
		e := unwrap(s.NamedChild(0))
		if v := voided(e); v != nil {
			e, base.Detached = v, true
		}
		if e.Type() == "call_expression" {
			base.Kind, base.Callee = StepCall, CalleeOf(t, e)
			base.Secret = sc.verifiesToken(e)
			base.Arg, base.Awaited = firstArg(t, e), awaitsCall(s.NamedChild(0), e)
			base.CallArgs, base.CallSpread = callArgs(t, e)
		}
		if e.Type() == "assignment_expression" {
			// userId = session.userId, on a let the function declared.
			l, v := e.ChildByFieldName("left"), e.ChildByFieldName("right")
			if l != nil && v != nil && l.Type() == "identifier" && sc.lets[t.Text(l)] {
				base.Kind, base.Names, base.Assign = StepBind, []string{t.Text(l)}, true
				base.From, _ = truthyFrom(t, v)
				if call := boundCall(t, v); call != nil {
					base.Callee = CalleeOf(t, call)
					base.Arg, base.Awaited = firstArg(t, call), awaitsCall(v, call)
					base.CallArgs, base.CallSpread = callArgs(t, call)
				}
			}
		}
		return []Step{base}
	case "lexical_declaration", "variable_declaration":
		var out []Step
		mutable := s.ChildCount() > 0 && s.Child(0).Type() != "const"
		for i := 0; i < int(s.NamedChildCount()); i++ {
			d := s.NamedChild(i)
			if d.Type() != "variable_declarator" {
				continue
			}
			if n := d.ChildByFieldName("name"); mutable && n != nil && n.Type() == "identifier" {
				if sc.lets == nil {
					sc.lets = map[string]bool{}
				}
				sc.lets[t.Text(n)] = true
			}
			v := d.ChildByFieldName("value")
			if v == nil {
				continue
			}
			if n := d.ChildByFieldName("name"); n != nil && n.Type() == "identifier" && unwrap(v).Type() == "false" {
				sc.flags[t.Text(n)] = true
			}
			call := boundCall(t, v)
			from, _ := truthyFrom(t, v)
			if call == nil && len(from) == 0 {
				continue
			}
			st := base
			st.Kind, st.Pos, st.From = StepBind, t.Pos(d), from
			if call != nil {
				st.Callee = CalleeOf(t, call)
				st.Secret = sc.verifiesToken(call)
				st.Arg, st.Awaited = firstArg(t, call), awaitsCall(v, call)
				st.CallArgs, st.CallSpread = callArgs(t, call)
			} else if u := unwrap(v); u.Type() == "member_expression" {
				st.Read = chainOf(t, u)
			}
			st.Names = patternNames(t, d.ChildByFieldName("name"))
			if names, elems := allResults(t, d.ChildByFieldName("name"), call); elems != nil {
				st.Names, st.Elems = names, elems
			}
			out = append(out, st)
		}
		if len(out) == 0 {
			out = []Step{base}
		}
		return out
	case "if_statement":
		cond := s.ChildByFieldName("condition")
		cons := s.ChildByFieldName("consequence")
		if flag, from := sc.flagFrom(s); flag != "" {
			base.Kind, base.Names, base.From = StepBind, []string{flag}, from
			return []Step{base}
		}
		if cond != nil && cons != nil {
			names, inline, awaited := negated(t, cond)
			exit := ExitOf(t, cons)
			secret := sc.secretTest(cond)
			present := presentTests(t, cond)
			if (len(names) > 0 || inline != nil || secret) && exit.Kind != ExitNone && s.ChildByFieldName("alternative") == nil {
				base.Kind, base.Names, base.Inline, base.Exit, base.Secret, base.Present = StepGuard, names, inline, exit, secret, present
				base.InlineAwaited = awaited
				return []Step{base}
			}
			if len(present) > 0 && exit.Kind != ExitNone && s.ChildByFieldName("alternative") == nil {
				// `if (error) return error`: a guard only when error is a
				// helper's failure value (evalSteps decides); otherwise
				// the statement it is.
				base.Present, base.Exit = present, exit
				if exit.Kind == ExitReturn && exit.Keys == nil {
					// if (r instanceof NextResponse) return r: what it
					// returns is the instance the test found.
					base.Handed = returnedName(t, cons)
					base.Exit.Keys = instanceKeys(present, base.Handed)
				}
			}
			if out, ok := sc.elseBail(s, cond, cons, base); ok {
				return out
			}
		}
	case "return_statement":
		base.Kind = StepReturn
		if s.NamedChildCount() > 0 {
			base.Keys = valueKeys(t, s.NamedChild(0))
			if call := callBehind(s.NamedChild(0)); call != nil {
				base.Callee = CalleeOf(t, call)
				// A returned promise's rejection reaches whoever awaits the
				// result: the caller's request ends as if awaited here.
				base.Arg, base.Awaited = firstArg(t, call), true
				base.CallArgs, base.CallSpread = callArgs(t, call)
			}
			if e := unwrap(s.NamedChild(0)); e.Type() == "call_expression" {
				base.Wraps = returnedWrapper(t, e)
			}
			base.returned(t, s.NamedChild(0))
		}
		return []Step{base}
	case "try_statement":
		if out, ok := sc.tryBlock(s); ok {
			return out
		}
	}
	// Only compound statements (if, loops, switch, try, blocks) can hold a
	// return outside a nested function; expressions and declarations cannot.
	if base.Kind == StepOther && s.Type() != "expression_statement" {
		if mayReturn, _ := sc.scanReturns(s); mayReturn {
			base.Kind = StepReturn
			if s.Type() == "if_statement" && s.ChildByFieldName("alternative") == nil {
				base.Lead = leadingCall(t, s.ChildByFieldName("consequence"))
				base.Idle = idleReturn(t, s.ChildByFieldName("consequence"))
				base.EarlyKeys = returnKeys(t, s.ChildByFieldName("consequence"))
			}
		}
	}
	return []Step{base}
}

// voided is the call a `void f(x)` statement makes; nil for any other
// expression.
func voided(e *sitter.Node) *sitter.Node {
	if e.Type() != "unary_expression" {
		return nil
	}
	if op := e.ChildByFieldName("operator"); op == nil || op.Type() != "void" {
		return nil
	}
	if a := unwrap(e.ChildByFieldName("argument")); a != nil && a.Type() == "call_expression" {
		return a
	}
	return nil
}

// maxStepNest bounds how deep steps reduces nested statements (an if's
// block, a try's, an else's): each level copies the steps below it, so a
// hostile nest would cost the square of its depth. Real handlers nest a
// few levels.
const maxStepNest = 64

// maxFlagNest bounds how many ifs deep flagFrom looks for a flag's
// assignment; real code sets one under two or three.
const maxFlagNest = 8

// flagFrom reads `if (user) { if (user.role === Role.ADMIN) isAdmin = true }`
// after `let isAdmin = false`: a flag only this statement sets, and only
// when its condition holds, is false without the names the condition reads
// (from), so a guard on it checks them. flag is "" for any other statement.
func (sc *stepScanner) flagFrom(s *sitter.Node) (flag string, from []string) {
	t := sc.t
	cond, cons := s.ChildByFieldName("condition"), s.ChildByFieldName("consequence")
	if len(sc.flags) == 0 || cond == nil || cons == nil || s.ChildByFieldName("alternative") != nil {
		return "", nil
	}
	if from, _ = truthyFrom(t, cond); len(from) == 0 {
		return "", nil
	}
	sets := 0
	var only func(n *sitter.Node, depth int) bool // n does nothing but set the flag, maybe under ifs
	only = func(n *sitter.Node, depth int) bool {
		switch n.Type() {
		case "statement_block":
			for _, c := range NamedChildren(n) {
				if c.Type() != "comment" && !only(c, depth) {
					return false
				}
			}
			return true
		case "if_statement":
			// Each if of a nest asks this of the ifs below it: bounded, so
			// a hostile nest costs no square of its depth.
			c := n.ChildByFieldName("consequence")
			return depth < maxFlagNest && n.ChildByFieldName("alternative") == nil && c != nil && only(c, depth+1)
		case "expression_statement":
			e := unwrap(n.NamedChild(0))
			if e == nil || e.Type() != "assignment_expression" {
				return false
			}
			l, r := e.ChildByFieldName("left"), e.ChildByFieldName("right")
			if l == nil || r == nil || l.Type() != "identifier" || unwrap(r).Type() != "true" || (flag != "" && t.Text(l) != flag) {
				return false
			}
			flag = t.Text(l)
			sets++
			return true
		}
		return false
	}
	if !only(cons, 0) || flag == "" || !sc.flags[flag] || sc.assignedIn(flag) != sets {
		return "", nil
	}
	return flag, from
}

// assignments counts the assignments to name in n, nested functions included.
func assignments(t *Tree, n *sitter.Node, name string) int {
	count := 0
	if n.Type() == "assignment_expression" || n.Type() == "augmented_assignment_expression" {
		if l := n.ChildByFieldName("left"); l != nil && t.Text(l) == name {
			count++
		}
	}
	for _, c := range NamedChildren(n) {
		count += assignments(t, c, name)
	}
	return count
}

// leadingCall is the call a block opens with (`await requireAdmin()`,
// `const user = await requireUser()`); invalid when its first statement is
// anything else, so nothing the branch does comes before the check.
func leadingCall(t *Tree, block *sitter.Node) Callee {
	if block == nil || block.Type() != "statement_block" {
		return Callee{}
	}
	for _, st := range NamedChildren(block) {
		var call *sitter.Node
		switch st.Type() {
		case "comment":
			continue
		case "expression_statement":
			if st.NamedChildCount() > 0 {
				if e := unwrap(st.NamedChild(0)); e.Type() == "call_expression" {
					call = e
				}
			}
		case "lexical_declaration", "variable_declaration":
			if st.NamedChildCount() == 1 {
				if v := st.NamedChild(0).ChildByFieldName("value"); v != nil {
					call = callBehind(v)
				}
			}
		}
		if call == nil {
			return Callee{}
		}
		return CalleeOf(t, call)
	}
	return Callee{}
}

// elseBail reduces `if (cond) { … } else { return err }` to the guard it
// is, `if (!cond) return err`, followed by the consequence's statements as if
// written at the top level: without this, an auth check inside the
// consequence reads as coming after a return. Only a plain else (not an else
// if) that exits qualifies, or no else at all when the if is the body's last
// statement (`if (user) { … }`): the function then falls off its end, which
// returns as a return would.
func (sc *stepScanner) elseBail(s, cond, cons *sitter.Node, base Step) ([]Step, bool) {
	t := sc.t
	guard := base
	alt := s.ChildByFieldName("alternative")
	switch {
	case alt == nil && sc.last:
		guard.Exit = Exit{Kind: ExitReturn}
	case alt == nil || alt.NamedChildCount() == 0:
		return nil, false
	default:
		body := alt.NamedChild(int(alt.NamedChildCount()) - 1)
		if body.Type() == "if_statement" {
			return nil, false
		}
		if guard.Exit = ExitOf(t, body); guard.Exit.Kind == ExitNone {
			return nil, false
		}
		guard.Pos = t.Pos(alt)
	}
	// The else exits when cond is false: a test of equality with the
	// secret (if (expected === signature) { … } else return) guards.
	guard.Kind, guard.Secret = StepGuard, sc.secretEqual(cond)
	names, call := truthyFrom(t, cond)
	guard.Names = names
	if call != nil {
		c := CalleeOf(t, call)
		guard.Inline = &c
	} else if len(names) == 0 && !guard.Secret && alt == nil {
		return nil, false // if (dev) { … }: no test of anything a guard reads
	}
	out := []Step{guard}
	if cons.Type() != "statement_block" {
		return append(out, sc.steps(cons)...), true
	}
	last := sc.last
	defer func() { sc.last = last }()
	var stmts []*sitter.Node
	for i := 0; i < int(cons.NamedChildCount()); i++ {
		if c := cons.NamedChild(i); c.Type() != "comment" {
			stmts = append(stmts, c)
		}
	}
	for i, c := range stmts {
		// Only the consequence's last statement is the body's last.
		sc.last = last && i == len(stmts)-1
		out = append(out, sc.steps(c)...)
	}
	return out, true
}

// tryBlock reduces `try { … } catch { … }` to the try block's statements, as
// if written at the top level, followed by a return if the catch may return.
// Without this, the common handler that wraps its whole body, auth check
// included, in a try reads as "returns before any auth check". A throw in the
// block only ends the request if the catch exits in turn; otherwise the steps
// are marked Caught. A catch that returns marks them CatchReturns: the throw
// ends a handler but not a helper's caller (evalSteps decides which). A
// finally block that never returns (`finally { await prisma.$disconnect() }`)
// cannot replace the try's outcome, so it does not change the reduction (with
// no catch, a throw goes through it); one that may return over a return is
// not reduced.
func (sc *stepScanner) tryBlock(s *sitter.Node) ([]Step, bool) {
	t := sc.t
	body, handler, fin := s.ChildByFieldName("body"), s.ChildByFieldName("handler"), s.ChildByFieldName("finalizer")
	if body == nil || (handler == nil && fin == nil) {
		return nil, false
	}
	if fin != nil && bytes.Contains(t.Src[fin.StartByte():fin.EndByte()], []byte("return")) {
		return nil, false
	}
	// With no catch (try { … } finally { … }) nothing is caught.
	caught, returns, catchReturns, ends := handler != nil, false, false, false
	if hb := childField(handler, "body"); hb != nil {
		ex := ExitOf(t, hb)
		caught = ex.Kind != ExitReturn && ex.Kind != ExitThrow
		returns = ex.Kind == ExitReturn
		catchReturns, _ = sc.scanReturns(hb)
		// The try ends the function: a catch that logs and falls through
		// returns from it (`try { if (!user) throw …; … } catch (e) {
		// console.log(e) }` runs nothing after the check).
		ends = caught && sc.last
	}
	last := sc.last
	defer func() { sc.last = last }()
	var stmts []*sitter.Node
	for i := 0; i < int(body.NamedChildCount()); i++ {
		if c := body.NamedChild(i); c.Type() != "comment" {
			stmts = append(stmts, c)
		}
	}
	var out []Step
	for i, c := range stmts {
		// The try block's last statement is the body's last when the try
		// is: completing it skips the catch and ends the call (a finally
		// here cannot return).
		sc.last = last && i == len(stmts)-1
		steps := sc.steps(c)
		eachStep(steps, func(st *Step) {
			// An inner try decided already unless its catch rethrows into
			// this one.
			if !st.Caught && !st.CatchReturns {
				st.Caught, st.CatchReturns, st.CatchEnds = caught, returns, ends
			}
		})
		out = append(out, steps...)
	}
	if hb := childField(handler, "body"); hb != nil && !sc.inCatch && len(sc.assigned(hb)) > 0 {
		// What the catch assigns (userId = fallback()) holds after it.
		sc.inCatch = true
		out = append(out, sc.block(hb)...)
		sc.inCatch = false
	}
	if catchReturns {
		st := Step{Kind: StepReturn, Pos: t.Pos(handler), Failure: true, Keys: returnKeys(t, handler)}
		if len(sc.params) > 0 {
			st.CallsParam = sc.paramCalls(handler)
		}
		out = append(out, st)
	}
	return out, true
}

// childField is n's child of that field; nil when n is nil.
func childField(n *sitter.Node, field string) *sitter.Node {
	if n == nil {
		return nil
	}
	return n.ChildByFieldName(field)
}

// returned records what a returned expression is read from: Names are the
// roots it is falsy without, and a call at its root (`(await
// auth()).sessionClaims?.role === 'admin'`) becomes the Callee when the
// return is not itself a call.
func (st *Step) returned(t *Tree, e *sitter.Node) {
	names, call := truthyFrom(t, e)
	st.Names = names
	if !st.Callee.Valid() && call != nil {
		st.Callee = CalleeOf(t, call)
	}
}

// truthyFrom lists the root names value is falsy (or throws) without when
// they are null or undefined, as they are when no user is signed in: x,
// x?.y, !!x, Boolean(x), x != null, x?.role === 'admin', has({ role }), and
// conjunctions of those. A value that is true for a missing name (x ===
// null, x?.role !== 'admin', a || b) yields nothing. call is the root of a
// member chain that starts at a call instead of a name.
func truthyFrom(t *Tree, value *sitter.Node) (names []string, call *sitter.Node) {
	n := unwrap(value)
	switch n.Type() {
	case "identifier":
		if t.Text(n) != "undefined" {
			return []string{t.Text(n)}, nil
		}
	case "member_expression", "subscript_expression":
		member := memberName(t, n)
		for n.Type() == "member_expression" || n.Type() == "subscript_expression" {
			o := n.ChildByFieldName("object")
			if o == nil {
				return nil, nil
			}
			n = unwrap(o)
		}
		switch n.Type() {
		case "identifier":
			if member != "" {
				return []string{t.Text(n), member}, nil
			}
			return []string{t.Text(n)}, nil
		case "call_expression":
			return nil, n
		}
	case "call_expression":
		c := CalleeOf(t, n)
		args := n.ChildByFieldName("arguments")
		switch {
		case c.Root == "Boolean" && len(c.Path) == 0 && args != nil && args.NamedChildCount() == 1:
			return truthyFrom(t, args.NamedChild(0))
		case c.Valid() && len(c.Path) == 0:
			// has({ role }) with has bound from auth(): false when signed out.
			return []string{c.Root}, nil
		}
	case "unary_expression":
		// !!x
		if op := n.ChildByFieldName("operator"); op != nil && t.Text(op) == "!" {
			if a := unwrap(n.ChildByFieldName("argument")); a != nil && a.Type() == "unary_expression" {
				if op2 := a.ChildByFieldName("operator"); op2 != nil && t.Text(op2) == "!" {
					return truthyFrom(t, a.ChildByFieldName("argument"))
				}
			}
		}
	case "binary_expression":
		op, l, r := n.ChildByFieldName("operator"), n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if op == nil || l == nil || r == nil {
			return nil, nil
		}
		switch t.Text(op) {
		case "&&":
			ln, lc := truthyFrom(t, l)
			rn, rc := truthyFrom(t, r)
			if lc == nil {
				lc = rc
			}
			return append(ln, rn...), lc
		case "===", "==":
			switch {
			case isPresent(t, r):
				return truthyFrom(t, l)
			case isPresent(t, l):
				return truthyFrom(t, r)
			}
		case "!==", "!=":
			switch {
			case isNullish(t, r):
				return truthyFrom(t, l)
			case isNullish(t, l):
				return truthyFrom(t, r)
			}
		}
	}
	return nil, nil
}

// isPresent: a literal or a name that is not null, undefined or false, so
// `missing === it` is false. An enum's member (UserRole.ADMIN, Role.Admin:
// a capitalised name's property) is a constant too.
func isPresent(t *Tree, n *sitter.Node) bool {
	n = unwrap(n)
	switch n.Type() {
	case "true":
		return true
	case "identifier":
		return t.Text(n) != "undefined"
	case "member_expression":
		o, p := n.ChildByFieldName("object"), n.ChildByFieldName("property")
		if o == nil || p == nil || o.Type() != "identifier" || p.Type() != "property_identifier" {
			return false
		}
		c := t.Text(o)[0]
		return c >= 'A' && c <= 'Z'
	}
	return isLiteral(n)
}

// errorResponse reports a response with a literal error status:
// new Response(b, { status: 429 }), Response.json(b, { status: 400 }),
// NextResponse.json(…), res.status(400).json(…), res.sendStatus(401).
func errorResponse(t *Tree, e *sitter.Node) bool {
	e = unwrap(e)
	errStatus := func(n *sitter.Node) bool {
		n = unwrap(n)
		if n.Type() != "number" {
			return false
		}
		v, err := strconv.Atoi(t.Text(n))
		return err == nil && v >= 400 && v <= 599
	}
	statusProp := func(args *sitter.Node) bool {
		if args == nil {
			return false
		}
		for i := 0; i < int(args.NamedChildCount()); i++ {
			o := unwrap(args.NamedChild(i))
			if o.Type() != "object" {
				continue
			}
			for j := 0; j < int(o.NamedChildCount()); j++ {
				p := o.NamedChild(j)
				if p.Type() == "pair" && t.Text(p.ChildByFieldName("key")) == "status" && errStatus(p.ChildByFieldName("value")) {
					return true
				}
			}
		}
		return false
	}
	switch e.Type() {
	case "new_expression":
		if c := e.ChildByFieldName("constructor"); c != nil && strings.HasSuffix(t.Text(c), "Response") {
			return statusProp(e.ChildByFieldName("arguments"))
		}
	case "call_expression":
		c := CalleeOf(t, e)
		switch {
		case len(c.Path) == 1 && strings.HasSuffix(c.Root, "Response") && c.Path[0] == "json":
			return statusProp(e.ChildByFieldName("arguments"))
		case c.Valid():
			// res.status(401).json(…), res.status(405).end(), res.sendStatus(403)
			for n := e; n != nil && n.Type() == "call_expression"; {
				f := unwrap(n.ChildByFieldName("function"))
				if f == nil || f.Type() != "member_expression" {
					return false
				}
				if name := t.Text(f.ChildByFieldName("property")); name == "status" || name == "sendStatus" {
					if args := n.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() == 1 {
						return errStatus(args.NamedChild(0))
					}
					return false
				}
				n = unwrap(f.ChildByFieldName("object"))
			}
		}
	}
	return false
}

// secretTest reports a condition that holds when a value differs from a
// secret read from process.env: x !== process.env.API_KEY, auth !==
// `Bearer ${process.env.CRON_SECRET}`, !timingSafeEqual(a, process.env.…),
// alone or joined by ||.
func secretTest(t *Tree, cond *sitter.Node) bool {
	n := unwrap(cond)
	// env: n reads a secret-named variable (process.env.CRON_SECRET, …_API_KEY,
	// …_TOKEN); process.env.NODE_ENV !== 'production' is no authentication.
	env := func(n *sitter.Node) bool { return secretEnvIn(t.Src[n.StartByte():n.EndByte()]) }
	switch n.Type() {
	case "binary_expression":
		op, l, r := n.ChildByFieldName("operator"), n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if op == nil || l == nil || r == nil {
			return false
		}
		switch t.Text(op) {
		case "||":
			return secretTest(t, l) || secretTest(t, r)
		case "!==", "!=":
			// The other side comes from the request, not a literal.
			return (env(l) && !isLiteral(r)) || (env(r) && !isLiteral(l))
		}
	case "unary_expression":
		if op := n.ChildByFieldName("operator"); op != nil && t.Text(op) == "!" {
			if a := unwrap(n.ChildByFieldName("argument")); a != nil && a.Type() == "call_expression" {
				if args := a.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() == 2 {
					return env(args.NamedChild(0)) != env(args.NamedChild(1))
				}
			}
		}
	}
	return false
}

// secretCheck reports a function body that answers whether a value is a
// secret from process.env: every return gives a literal false or compares
// a value with the secret (x === process.env.API_KEY, timingSafeEqual(a,
// b) with the secret on one side only), the secret read directly or
// through a local constant (const key = process.env.API_SECRET), or a
// parameter with the secret through locals and digests (secretFlow).
func secretCheck(t *Tree, fn, body *sitter.Node) bool {
	if !secretEnvIn(t.Src[body.StartByte():body.EndByte()]) {
		return false
	}
	flow := newSecretFlow(t, fn, body)
	env := map[string]bool{}
	isEnv := func(n *sitter.Node) bool {
		found := false
		Walk(n, func(x *sitter.Node) bool {
			found = found || (x.Type() == "identifier" && env[t.Text(x)]) || (x.Type() == "member_expression" && secretEnvIn(t.Src[x.StartByte():x.EndByte()]))
			return !found
		})
		return found
	}
	equal := func(e *sitter.Node) bool {
		switch e.Type() {
		case "binary_expression":
			op, l, r := e.ChildByFieldName("operator"), e.ChildByFieldName("left"), e.ChildByFieldName("right")
			if op == nil || l == nil || r == nil || (t.Text(op) != "===" && t.Text(op) != "==") {
				return false
			}
			return isEnv(l) != isEnv(r) && !isLiteral(l) && !isLiteral(r)
		case "call_expression":
			c := CalleeOf(t, e)
			args := e.ChildByFieldName("arguments")
			last := c.Root
			if k := len(c.Path); k > 0 {
				last = c.Path[k-1]
			}
			return last == "timingSafeEqual" && args != nil && args.NamedChildCount() == 2 && isEnv(args.NamedChild(0)) != isEnv(args.NamedChild(1))
		}
		return false
	}
	compares, other := false, false
	Walk(body, func(n *sitter.Node) bool {
		switch n.Type() {
		case "arrow_function", "function_expression", "function", "function_declaration", "method_definition":
			return false // its returns are its own
		case "variable_declarator":
			if name, v := n.ChildByFieldName("name"), n.ChildByFieldName("value"); name != nil && v != nil && name.Type() == "identifier" && isEnv(v) {
				env[t.Text(name)] = true
			}
		case "return_statement":
			var e *sitter.Node
			if n.NamedChildCount() > 0 {
				e = unwrap(n.NamedChild(0))
			}
			switch {
			case e != nil && e.Type() == "false":
			case e != nil && (equal(e) || flow.isEqual(e)):
				compares = true
			default:
				other = true
			}
			return false
		}
		return true
	})
	return compares && !other
}

// isLiteral: a string or number literal (never equal to a missing value).
func isLiteral(n *sitter.Node) bool {
	switch unwrap(n).Type() {
	case "string", "template_string", "number":
		return true
	}
	return false
}

// isNullish: null or undefined (`x != null` holds for any present x).
func isNullish(t *Tree, n *sitter.Node) bool {
	n = unwrap(n)
	return n.Type() == "null" || n.Type() == "undefined" || (n.Type() == "identifier" && t.Text(n) == "undefined")
}

// hasReturn reports a return statement in n outside nested functions and
// classes, whatever it returns.
func hasReturn(t *Tree, n *sitter.Node) bool {
	if !bytes.Contains(t.Src[n.StartByte():n.EndByte()], []byte("return")) {
		return false
	}
	found := false
	Walk(n, func(c *sitter.Node) bool {
		switch {
		case found || (c != n && (IsFunc(c) || c.Type() == "class_body")):
			return false
		case c.Type() == "return_statement":
			found = true
			return false
		}
		return true
	})
	return found
}

// scanReturns walks a statement (not into nested functions) for return
// statements.
func (sc *stepScanner) scanReturns(s *sitter.Node) (bool, []int) {
	return sc.scan(s, true, false)
}

// paramCalls lists the wrapper parameters called anywhere in n.
func (sc *stepScanner) paramCalls(n *sitter.Node) []int {
	_, calls := sc.scan(n, false, true)
	return calls
}

// scan walks a statement (not into nested functions) for return statements,
// and (anywhere) for calls of the wrapper's parameters.
func (sc *stepScanner) scan(s *sitter.Node, returns, params bool) (mayReturn bool, calls []int) {
	// Walking nodes costs a cgo call each: skip statements whose text cannot
	// hold what is looked for.
	text := sc.t.Src[s.StartByte():s.EndByte()]
	returns = returns && bytes.Contains(text, []byte("return"))
	params = params && len(sc.params) > 0 && sc.mentionsParam(text)
	if !returns && !params {
		return false, nil
	}
	var walk func(n *sitter.Node, nested bool)
	walk = func(n *sitter.Node, nested bool) {
		switch n.Type() {
		case "return_statement":
			// A 4xx/5xx response ends the request without handing anything
			// out (invalid JSON, rate limited): not a way around the check.
			if !nested && returns && !(n.NamedChildCount() > 0 && errorResponse(sc.t, n.NamedChild(0))) {
				mayReturn = true
			}
		case "arrow_function", "function_expression", "function", "function_declaration",
			"generator_function_declaration", "method_definition", "class_body":
			nested = true
		case "call_expression":
			if params {
				c := CalleeOf(sc.t, n)
				if len(c.Path) == 0 || c.Path[0] == "call" || c.Path[0] == "apply" {
					for i, p := range sc.params {
						if p != "" && c.Root == p && !containsInt(calls, i) {
							calls = append(calls, i)
						}
					}
				}
			}
		}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			walk(n.NamedChild(i), nested)
		}
	}
	walk(s, false)
	return mayReturn, calls
}

func (sc *stepScanner) mentionsParam(text []byte) bool {
	for _, p := range sc.params {
		if p != "" && bytes.Contains(text, []byte(p)) {
			return true
		}
	}
	return false
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// boundCall is the call whose value a binding holds: callBehind's, or,
// for a conditional or a fallback that only stands in for a call
// elsewhere (`local ? { userId: 'tester' } : getAuth(req)`), that call's.
func boundCall(t *Tree, v *sitter.Node) *sitter.Node {
	if call := callBehind(v); call != nil {
		return call
	}
	if s := stubChoice(t, v); s != nil {
		return callBehind(s)
	}
	return nil
}

// callBehind returns the call an initializer evaluates: `await auth()`,
// `(await auth()).userId`, `(await getList())[0]`, `auth()!`, `getAuth(req) as X`.
func callBehind(v *sitter.Node) *sitter.Node {
	u := unwrap(v)
	if u.Type() == "binary_expression" {
		// `(await getAuth(args)) || {}`: an empty fallback object (or null)
		// leaves the names as absent as the call's own result would.
		op, l, r := u.ChildByFieldName("operator"), u.ChildByFieldName("left"), unwrap(u.ChildByFieldName("right"))
		if op != nil && l != nil && r != nil && (op.Type() == "||" || op.Type() == "??") && ((r.Type() == "object" && r.NamedChildCount() == 0) || r.Type() == "null" || r.Type() == "undefined") {
			u = unwrap(l)
		}
	}
	for u.Type() == "member_expression" || u.Type() == "subscript_expression" {
		o := u.ChildByFieldName("object")
		if o == nil {
			return nil
		}
		u = unwrap(o)
	}
	if u.Type() == "call_expression" {
		return u
	}
	return nil
}

// firstArg reduces a call's first argument (valueOf).
func firstArg(t *Tree, call *sitter.Node) Value {
	if as := args(call); len(as) > 0 {
		return valueOf(t, as[0])
	}
	return Value{}
}

// awaitsCall reports that expression e awaits call's own result: an await
// between them with no member read below it (`(await f()).x` does,
// `await f().x` awaits a property of the promise).
func awaitsCall(e, call *sitter.Node) bool {
	awaited := false
	for n := e; n != nil; {
		if n.Equal(call) {
			return awaited
		}
		switch n.Type() {
		case "await_expression":
			awaited = true
		case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression":
		case "member_expression", "subscript_expression":
			awaited = false
			n = n.ChildByFieldName("object")
			continue
		default:
			return false
		}
		if n.NamedChildCount() == 0 {
			return false
		}
		n = n.NamedChild(0)
	}
	return false
}

// unwrap strips parentheses, await and TypeScript-only wrappers.
// hasAwait: the expression awaits before unwrap strips it (`await f()`,
// `(await f())!`), so a test sees the promise's value, not the promise.
func hasAwait(n *sitter.Node) bool {
	for n != nil {
		switch n.Type() {
		case "await_expression":
			return true
		case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression":
			if n.NamedChildCount() == 0 {
				return false
			}
			n = n.NamedChild(0)
		default:
			return false
		}
	}
	return false
}

func unwrap(n *sitter.Node) *sitter.Node {
	for n != nil {
		switch n.Type() {
		case "parenthesized_expression", "await_expression", "as_expression", "satisfies_expression", "non_null_expression":
			if n.NamedChildCount() == 0 {
				return n
			}
			n = n.NamedChild(0)
		case "type_assertion":
			if n.NamedChildCount() == 0 {
				return n
			}
			n = n.NamedChild(int(n.NamedChildCount()) - 1)
		default:
			return n
		}
	}
	return n
}

// CalleeOf describes the function a call_expression calls.
func CalleeOf(t *Tree, call *sitter.Node) Callee {
	return chainOf(t, call.ChildByFieldName("function"))
}

// chainOf reads an identifier or member chain (calls in it written "()")
// as a Callee: locals.auth, event.locals.auth, auth().protect.
//
// Every link of a chain is a chain too, and callers ask for each one (a
// summary for every call, outermost first): reading each from scratch costs
// the square of a chain's length, minutes on a hostile file of a method
// chain thousands of links long. So a walk records what it learns for every
// node it passes in t.chains and stops at a node read before: each node of
// a tree is walked once, and the links of one chain share one path (capped,
// so a caller's append copies). A chain longer than maxChainLinks reads as
// no callee (see maxChainLinks).
func chainOf(t *Tree, fn *sitter.Node) Callee {
	if fn == nil {
		return Callee{}
	}
	if c, ok := t.chains[fn]; ok {
		return c
	}
	type step struct {
		n    *sitter.Node
		from int // len(path) when n was reached: the links above it
	}
	var (
		path  []string // outermost first
		steps []step
		base  Callee // what the innermost node walked reads as
		valid = true
	)
walk:
	for fn != nil {
		if c, ok := t.chains[fn]; ok {
			base, valid = c, c.Valid()
			break
		}
		steps = append(steps, step{fn, len(path)})
		fn = unwrap(fn)
		switch fn.Type() {
		case "identifier":
			base = Callee{Root: t.Text(fn)}
			break walk
		case "this":
			if !t.this.Valid() {
				valid = false
				break walk
			}
			base = t.this
			break walk
		case "member_expression":
			prop := fn.ChildByFieldName("property")
			if prop == nil {
				valid = false
				break walk
			}
			path = append(path, t.Text(prop))
			fn = fn.ChildByFieldName("object")
		case "call_expression":
			path = append(path, "()")
			fn = fn.ChildByFieldName("function")
		default:
			valid = false
			break walk
		}
	}
	if fn == nil {
		valid = false
	}
	if t.chains == nil {
		t.chains = map[*sitter.Node]Callee{}
	}
	if !valid {
		for _, s := range steps {
			t.chains[s.n] = Callee{}
		}
		return Callee{}
	}
	// full is the outermost node's path, root first; a node reached after
	// k links reads as its first len(full)-k.
	full := make([]string, 0, len(base.Path)+len(path))
	full = append(full, base.Path...)
	for i := len(path) - 1; i >= 0; i-- {
		full = append(full, path[i])
	}
	for _, s := range steps {
		n := len(full) - s.from
		c := Callee{Root: base.Root, Path: full[:n:n]}
		if n == 0 {
			c.Path = nil
		}
		if n > maxChainLinks {
			c = Callee{}
		}
		t.chains[s.n] = c
	}
	return t.chains[steps[0].n]
}

// maxChainLinks bounds the member reads and calls of a chain chainOf reads
// (db.select().from(t).where(x) has six) and the links valueOf reads an
// expression through. Real chains have a few dozen (the longest of 230
// audited projects, a typewriter animation's, has 67); a generated or
// hostile one thousands, and every rule that copies or prints a callee or
// a value would pay for its whole length at each link.
const maxChainLinks = 256

// builtOn reads a method chain on a value built in place (new
// Post(data).save()): the constructor's chain and the methods after it.
func builtOn(t *Tree, fn *sitter.Node) (ctor Callee, method []string) {
	for fn = unwrap(fn); fn != nil && fn.Type() == "member_expression"; fn = unwrap(fn.ChildByFieldName("object")) {
		prop := fn.ChildByFieldName("property")
		if prop == nil {
			return Callee{}, nil
		}
		method = append(method, t.Text(prop))
	}
	if fn == nil || fn.Type() != "new_expression" || len(method) == 0 {
		return Callee{}, nil
	}
	slices.Reverse(method) // read outside in, as chainOf reads
	return chainOf(t, fn.ChildByFieldName("constructor")), method
}

// patternNames lists the local names a declarator binds: the identifier, or
// an object pattern's keys (and aliases).
func patternNames(t *Tree, n *sitter.Node) []string {
	if n == nil {
		return nil
	}
	switch n.Type() {
	case "identifier":
		return []string{t.Text(n)}
	case "object_pattern":
		var out []string
		for i := 0; i < int(n.NamedChildCount()); i++ {
			c := n.NamedChild(i)
			switch c.Type() {
			case "shorthand_property_identifier_pattern":
				out = append(out, t.Text(c))
			case "pair_pattern":
				if v := c.ChildByFieldName("value"); v != nil {
					out = append(out, patternNames(t, v)...)
				}
			case "object_assignment_pattern":
				if l := c.ChildByFieldName("left"); l != nil {
					out = append(out, patternNames(t, l)...)
				}
			}
		}
		return out
	case "assignment_pattern":
		return patternNames(t, n.ChildByFieldName("left"))
	}
	return nil
}

// negated returns the root names an if-condition tests for absence:
// !x, !x.y, !x?.y, x == null, x === undefined, x === false, joined by ||.
// A test that calls directly (!(await currentUser())) is returned as inline.
func negated(t *Tree, cond *sitter.Node) (names []string, inline *Callee, awaited bool) {
	var visit func(n *sitter.Node)
	add := func(e *sitter.Node) {
		aw := hasAwait(e)
		e = unwrap(e)
		if m := memberName(t, e); m != "" {
			names = append(names, m)
		}
		start := e
		for {
			switch e.Type() {
			case "member_expression", "subscript_expression":
				e = unwrap(e.ChildByFieldName("object"))
				continue
			case "call_expression":
				c := CalleeOf(t, e)
				if !c.Valid() {
					return
				}
				if len(c.Path) == 0 {
					// !has({ role }) with has bound from auth(): test of a bound name.
					names = append(names, c.Root)
					if inline == nil {
						inline, awaited = &c, aw && start == e
					}
					return
				}
				if inline == nil {
					inline, awaited = &c, aw && start == e
				}
				return
			case "identifier":
				names = append(names, t.Text(e))
				if start != e && start.Type() == "member_expression" && inline == nil {
					// !locals.session: a read of the request's auth state
					// (AuthSpec.RequestChecks), tested like a call's result.
					if c := chainOf(t, start); c.Valid() {
						inline = &c
					}
				}
			}
			return
		}
	}
	visit = func(n *sitter.Node) {
		n = unwrap(n)
		switch n.Type() {
		case "unary_expression":
			if op := n.ChildByFieldName("operator"); op != nil && t.Text(op) == "!" {
				add(n.ChildByFieldName("argument"))
			}
		case "binary_expression":
			op := n.ChildByFieldName("operator")
			l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right")
			if op == nil || l == nil || r == nil {
				return
			}
			switch t.Text(op) {
			case "||":
				visit(l)
				visit(r)
			case "&&":
				// role !== 'admin' && role !== 'owner': both hold when role is
				// missing; a name only one side tests may pass.
				ln, _, _ := negated(t, l)
				rn, _, _ := negated(t, r)
				for _, a := range ln {
					for _, b := range rn {
						if a == b {
							names = append(names, a)
							break
						}
					}
				}
			case "==", "===":
				switch {
				case isAbsent(t, r):
					add(l)
				case isAbsent(t, l):
					add(r)
				}
			case "!=", "!==":
				// role !== 'admin' holds when role is missing.
				switch {
				case isLiteral(r):
					add(l)
				case isLiteral(l):
					add(r)
				case !isNullish(t, l) && !isNullish(t, r):
					// form.ownerId !== userId holds when userId is missing
					// (a signed-out request never matches a value).
					add(l)
					add(r)
				}
			}
		}
	}
	visit(cond)
	return names, inline, awaited
}

// memberName is the first member of a chain rooted at an identifier,
// "req.auth" for req.auth.userId, req.auth?.userId or req.auth().userId:
// a pseudo-name guards and bindings carry beside the root, so a request
// field holding the auth state (AuthSpec.RequestAuth) can be told from the
// rest of the request. "" for anything else.
func memberName(t *Tree, e *sitter.Node) string {
	var last *sitter.Node
	for e != nil {
		e = unwrap(e)
		switch e.Type() {
		case "member_expression":
			last = e
			e = e.ChildByFieldName("object")
			continue
		case "call_expression":
			e = e.ChildByFieldName("function")
			continue
		case "subscript_expression":
			e = e.ChildByFieldName("object")
			last = nil
			continue
		case "identifier":
			if last == nil {
				return ""
			}
			if prop := last.ChildByFieldName("property"); prop != nil {
				return t.Text(e) + "." + t.Text(prop)
			}
		}
		return ""
	}
	return ""
}

// isAbsent: nullish or false, what a missing auth value compares equal to
// in a guard (`userId == null`, `isSignedIn === false`).
func isAbsent(t *Tree, n *sitter.Node) bool {
	return isNullish(t, n) || unwrap(n).Type() == "false"
}

// ExitOf says how an if-consequence or a block (a catch's) leaves: a
// return or throw among its top-level statements, or the calls it makes
// (an exit function such as redirect() must be among them).
func ExitOf(t *Tree, cons *sitter.Node) Exit {
	stmts := []*sitter.Node{cons}
	if cons.Type() == "statement_block" {
		stmts = stmts[:0]
		for i := 0; i < int(cons.NamedChildCount()); i++ {
			stmts = append(stmts, cons.NamedChild(i))
		}
	}
	var ex Exit
	for _, s := range stmts {
		switch s.Type() {
		case "return_statement":
			ex := Exit{Kind: ExitReturn}
			if s.NamedChildCount() > 0 {
				ex.Keys = valueKeys(t, s.NamedChild(0))
				if call := callBehind(s.NamedChild(0)); call != nil {
					ex.Returned = CalleeOf(t, call)
				}
			}
			return ex
		case "throw_statement":
			return Exit{Kind: ExitThrow}
		case "if_statement":
			if ex := branchesExit(t, s); ex.Kind != ExitNone {
				return ex
			}
		case "expression_statement":
			if s.NamedChildCount() > 0 {
				if e := unwrap(s.NamedChild(0)); e.Type() == "call_expression" {
					if c := CalleeOf(t, e); c.Valid() {
						ex.Kind = ExitCall
						ex.Calls = append(ex.Calls, c)
					}
				}
			}
		}
	}
	return ex
}

// branchesExit is the exit of an if statement every branch of which returns
// or throws (`if (!token) { return null } else { …; return user.id }`): the
// statements after it never run, as after a plain return. Which branch ran
// is unknown, so a mix of returns and throws reads as a return (that ends a
// handler, not a helper's caller), and the returned keys are not known.
func branchesExit(t *Tree, s *sitter.Node) Exit {
	cons, alt := s.ChildByFieldName("consequence"), s.ChildByFieldName("alternative")
	if cons == nil || alt == nil || alt.NamedChildCount() == 0 {
		return Exit{}
	}
	a, b := ExitOf(t, cons), ExitOf(t, alt.NamedChild(int(alt.NamedChildCount())-1))
	for _, k := range []ExitKind{a.Kind, b.Kind} {
		if k != ExitReturn && k != ExitThrow {
			return Exit{}
		}
	}
	if a.Kind == ExitThrow && b.Kind == ExitThrow {
		return Exit{Kind: ExitThrow}
	}
	return Exit{Kind: ExitReturn}
}

// returnKeys lists the keys every return statement in n (outside nested
// functions) sets (see Step.Keys); nil when one returns anything but an
// object literal, null or a response built in place.
func returnKeys(t *Tree, n *sitter.Node) []string {
	vals := returnValues(t, n)
	if len(vals) == 0 {
		return nil
	}
	keys := vals[0]
	for _, k := range vals[1:] {
		if k == nil {
			return nil
		}
		keys = slices.DeleteFunc(keys, func(key string) bool { return !slices.Contains(k, key) })
	}
	return keys
}

// returnValues lists valueKeys of every return statement in n, outside
// nested functions, in source order (nil for one it cannot read); it stops
// at the first such.
func returnValues(t *Tree, n *sitter.Node) [][]string {
	var out [][]string
	ok := true
	var walk func(n *sitter.Node)
	walk = func(n *sitter.Node) {
		switch n.Type() {
		case "return_statement":
			var k []string
			if n.NamedChildCount() > 0 {
				k = valueKeys(t, n.NamedChild(0))
			}
			out = append(out, k)
			ok = k != nil
			return
		case "arrow_function", "function_expression", "function", "function_declaration",
			"generator_function_declaration", "method_definition", "class_body":
			return
		}
		for i := 0; ok && i < int(n.NamedChildCount()); i++ {
			walk(n.NamedChild(i))
		}
	}
	walk(n)
	return out
}

// resultKeys: see Func.ResultKeys.
func resultKeys(t *Tree, body *sitter.Node) []string {
	if body.Type() != "statement_block" {
		return nil
	}
	keys, ok, n := []string{}, true, 0
	var walk func(n *sitter.Node)
	walk = func(x *sitter.Node) {
		switch x.Type() {
		case "return_statement":
			n++
			var e *sitter.Node
			if x.NamedChildCount() > 0 {
				e = unwrap(x.NamedChild(0))
			}
			if e == nil || e.Type() != "object" || HasChildType(e, "spread_element") {
				ok = false
				return
			}
			keys = append(keys, objectKeys(t, e)...)
			return
		case "arrow_function", "function_expression", "function", "function_declaration",
			"generator_function_declaration", "method_definition", "class_body":
			return
		}
		for i := 0; ok && i < int(x.NamedChildCount()); i++ {
			walk(x.NamedChild(i))
		}
	}
	walk(body)
	if !ok || n == 0 {
		return nil
	}
	return keys
}

// objectKeys lists the keys of an object literal (through `as const` and
// parentheses) whose value is not null, undefined or false; nil for anything
// else.
func objectKeys(t *Tree, e *sitter.Node) []string {
	e = unwrap(e)
	if e == nil || e.Type() != "object" {
		return nil
	}
	keys := []string{}
	for i := 0; i < int(e.NamedChildCount()); i++ {
		p := e.NamedChild(i)
		switch p.Type() {
		case "shorthand_property_identifier":
			keys = append(keys, t.Text(p))
		case "pair":
			k, v := p.ChildByFieldName("key"), p.ChildByFieldName("value")
			if k == nil || v == nil {
				continue
			}
			if isAbsent(t, v) {
				continue
			}
			keys = append(keys, Unquote(t, k))
		}
	}
	return keys
}

// valueKeys are the keys a returned value is known to carry (Step.Keys,
// Exit.Keys): none for null, undefined or false, an object literal's set
// keys, or, for a response built in
// place (NextResponse.json(…), new Response(…)), the classes it is an
// instance of, which a caller's `if (r instanceof NextResponse) return r`
// tests as a failure value's presence.
func valueKeys(t *Tree, e *sitter.Node) []string {
	if keys := objectKeys(t, e); keys != nil {
		return keys
	}
	if isAbsent(t, e) {
		return []string{} // null: no key at all
	}
	e = unwrap(e)
	var class string
	switch e.Type() {
	case "new_expression":
		class = t.Text(e.ChildByFieldName("constructor"))
	case "call_expression":
		if c := CalleeOf(t, e); len(c.Path) == 1 && responseFactories[c.Path[0]] {
			class = c.Root
		}
	}
	switch class {
	case "NextResponse":
		return []string{"instanceof NextResponse", "instanceof Response"}
	case "Response":
		return []string{"instanceof Response"}
	}
	return nil
}

// instanceKeys are valueKeys' keys for a returned name that an instanceof
// test of present found to be a response.
func instanceKeys(present []Presence, returned string) []string {
	for _, p := range present {
		if p.Name != returned || returned == "" {
			continue
		}
		switch p.Key {
		case "instanceof NextResponse":
			return []string{"instanceof NextResponse", "instanceof Response"}
		case "instanceof Response":
			return []string{"instanceof Response"}
		}
	}
	return nil
}

// returnedName is the identifier a branch returns first (`return r`,
// `{ return r }`), "" if it returns anything else.
func returnedName(t *Tree, cons *sitter.Node) string {
	s := cons
	if s.Type() == "statement_block" {
		if s.NamedChildCount() == 0 {
			return ""
		}
		s = s.NamedChild(0)
	}
	if s.Type() != "return_statement" || s.NamedChildCount() == 0 {
		return ""
	}
	if v := unwrap(s.NamedChild(0)); v.Type() == "identifier" {
		return t.Text(v)
	}
	return ""
}

// idleReturn: a branch whose only statement returns nothing or a fixed
// value: literals, objects and arrays of them, a response built from them
// (NextResponse.json(…), new Response(…), res.status(400).json(…),
// c.json(…)). A name or any other call may hand out what the code read
// before, so it is no fixed value.
func idleReturn(t *Tree, cons *sitter.Node) bool {
	s := cons
	if s != nil && s.Type() == "statement_block" {
		stmts := Uncommented(s)
		if len(stmts) != 1 {
			return false
		}
		s = stmts[0]
	}
	if s == nil || s.Type() != "return_statement" {
		return false
	}
	return s.NamedChildCount() == 0 || fixedValue(t, s.NamedChild(0), 0)
}

// fixedValue: e is built from literals only (see idleReturn).
func fixedValue(t *Tree, e *sitter.Node, depth int) bool {
	if e == nil || depth > 6 {
		return false
	}
	e = unwrap(e)
	switch e.Type() {
	case "string", "number", "true", "false", "null", "undefined", "comment":
		return true
	case "identifier":
		return t.Text(e) == "undefined"
	case "template_string":
		return e.NamedChildCount() == 0 || !HasChildType(e, "template_substitution")
	case "object", "array", "pair":
		for _, c := range NamedChildren(e) {
			v := c
			switch c.Type() {
			case "pair":
				v = c.ChildByFieldName("value")
			case "property_identifier", "shorthand_property_identifier":
				return false
			}
			if !fixedValue(t, v, depth+1) {
				return false
			}
		}
		return true
	case "new_expression":
		if ctor := t.Text(e.ChildByFieldName("constructor")); ctor != "Response" && ctor != "NextResponse" {
			return false
		}
		return fixedArgs(t, e, depth)
	case "call_expression":
		c := CalleeOf(t, e)
		last := c.Root
		if len(c.Path) > 0 {
			last = c.Path[len(c.Path)-1]
		}
		switch {
		case (c.Root == "NextResponse" || c.Root == "Response") && len(c.Path) == 1 && responseFactories[last]:
		case c.Root == "res" || c.Root == "reply" || c.Root == "c" || c.Root == "ctx":
			// Express's res.status(400).json(…), Fastify's reply.code(400).send(…), Hono's c.json(…).
			if !responseWriters[last] {
				return false
			}
			for o := e.ChildByFieldName("function"); o != nil && o.Type() == "member_expression"; o = unwrap(o.ChildByFieldName("object")) {
				if inner := unwrap(o.ChildByFieldName("object")); inner != nil && inner.Type() == "call_expression" && !fixedArgs(t, inner, depth) {
					return false
				}
			}
		default:
			return false
		}
		return fixedArgs(t, e, depth)
	}
	return false
}

// fixedArgs: every argument of a call or new expression is a fixed value.
func fixedArgs(t *Tree, call *sitter.Node, depth int) bool {
	args := call.ChildByFieldName("arguments")
	if args == nil {
		return true
	}
	for _, a := range NamedChildren(args) {
		if !fixedValue(t, a, depth+1) {
			return false
		}
	}
	return true
}

// responseWriters are the methods that write a fixed response on Express's
// res, Fastify's reply and Hono's context.
var responseWriters = set("json", "send", "status", "code", "end", "sendStatus", "text", "body", "redirect")

// responseFactories are the static methods of Response and NextResponse
// that build one.
var responseFactories = set("json", "redirect", "error", "rewrite", "next")

// presentTests reads a condition that holds when a failure value is there:
// `error`, `r.error`, `'error' in r`, joined by ||.
func presentTests(t *Tree, cond *sitter.Node) []Presence {
	n := unwrap(cond)
	switch n.Type() {
	case "identifier":
		return []Presence{{Name: t.Text(n)}}
	case "member_expression":
		o, p := unwrap(n.ChildByFieldName("object")), n.ChildByFieldName("property")
		if o != nil && p != nil && o.Type() == "identifier" {
			return []Presence{{Name: t.Text(o), Key: t.Text(p)}}
		}
	case "binary_expression":
		op := n.ChildByFieldName("operator")
		l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if op == nil || l == nil || r == nil {
			return nil
		}
		switch t.Text(op) {
		case "in":
			if l.Type() == "string" && unwrap(r).Type() == "identifier" {
				return []Presence{{Name: t.Text(unwrap(r)), Key: Unquote(t, l)}}
			}
		case "instanceof":
			// r instanceof NextResponse: the helper handed back its error
			// response (returnKeys).
			if ul := unwrap(l); ul.Type() == "identifier" {
				return []Presence{{Name: t.Text(ul), Key: "instanceof " + t.Text(unwrap(r))}}
			}
		case "||":
			return append(presentTests(t, l), presentTests(t, r)...)
		}
	}
	return nil
}

// awaits reports whether an await expression (or a for await) occurs
// anywhere under n.
func awaits(n *sitter.Node) bool {
	found := false
	Walk(n, func(c *sitter.Node) bool {
		if c.Type() == "await_expression" || (c.Type() == "for_in_statement" && HasChildType(c, "await")) {
			found = true
		}
		return !found
	})
	return found
}

// HasChildType: one of n's children, named or not, is of type typ (the
// `of` token of a for…of, the `async` of a function).
func HasChildType(n *sitter.Node, typ string) bool {
	for i := 0; i < int(n.ChildCount()); i++ {
		if n.Child(i).Type() == typ {
			return true
		}
	}
	return false
}

func firstNamed(n *sitter.Node, typ string) *sitter.Node {
	for i := 0; i < int(n.NamedChildCount()); i++ {
		if c := n.NamedChild(i); c.Type() == typ {
			return c
		}
	}
	return nil
}

func lastNamed(n *sitter.Node) *sitter.Node {
	if c := n.NamedChildCount(); c > 0 {
		return n.NamedChild(int(c) - 1)
	}
	return nil
}

// specifier reads an import_specifier or export_specifier `name as alias`:
// the name and the binding it creates (the alias, else the name); nil for
// another node.
func specifier(sp *sitter.Node, typ string) (name, bound *sitter.Node) {
	if sp.Type() != typ {
		return nil, nil
	}
	if name = sp.ChildByFieldName("name"); name == nil {
		return nil, nil
	}
	if bound = sp.ChildByFieldName("alias"); bound == nil {
		bound = name
	}
	return name, bound
}
