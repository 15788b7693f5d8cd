package js

import (
	"bytes"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// Whose authority an outbound call uses. A proxy that forwards the
// caller's own Slack or Notion token acts for the caller at that service,
// so a session adds nothing to it; one that sends the app's key spends the
// app's authority and needs one. The summary records the values a call
// sends as credentials when it can read every argument that could carry
// one; Model.Effects resolves them.

// maxCredHops bounds how many local declarations a URL or options
// argument is followed through.
const maxCredHops = 3

// credScan collects the credential values of one call's arguments.
type credScan struct {
	t     *Tree
	decls *declIndex
	creds []Value
	depth int // nesting of the value being read, bounded by maxCredDepth
}

// maxCredDepth bounds how deeply nested an options object is read; each
// level's text is matched again, so a hostile nest would cost its depth
// times its size.
const maxCredDepth = 8

// declIndex maps the names a function body declares to their values,
// built on first use and shared by the body's calls (one walk, however
// many calls look a name up). A name whose object the body changes after
// (headers.Authorization = …, opts.headers.set(…), Object.assign(headers, …))
// maps to nil: its declaration no longer says what it holds. A new
// URL, URLSearchParams or Headers changed only by its own set or append
// (headers.set(k, v), url.searchParams.set(k, v)) keeps its declaration,
// and sets lists those calls, which say the rest.
type declIndex struct {
	t     *Tree
	body  *sitter.Node
	names map[string]*sitter.Node
	sets  map[string][]*sitter.Node
	top   map[string]*sitter.Node // module-level consts (topConst)
}

func (d *declIndex) lookup(name string) *sitter.Node {
	if d.names == nil {
		d.names = map[string]*sitter.Node{}
		mutated := map[string]bool{}
		Walk(d.body, func(n *sitter.Node) bool {
			switch n.Type() {
			case "variable_declarator":
				if nm := n.ChildByFieldName("name"); nm != nil && nm.Type() == "identifier" {
					if _, dup := d.names[d.t.Text(nm)]; !dup {
						d.names[d.t.Text(nm)] = unwrap(n.ChildByFieldName("value"))
					}
				}
			case "assignment_expression", "augmented_assignment_expression":
				if obj := memberObject(n.ChildByFieldName("left")); obj != nil {
					mutated[d.t.Text(obj)] = true
				}
			case "call_expression":
				c := CalleeOf(d.t, n)
				switch {
				case builtinSet(c):
					if d.sets == nil {
						d.sets = map[string][]*sitter.Node{}
					}
					d.sets[c.Root] = append(d.sets[c.Root], n)
				case len(c.Path) >= 1 && (c.Path[len(c.Path)-1] == "set" || c.Path[len(c.Path)-1] == "append"):
					mutated[c.Root] = true
				case c.Root == "Object" && len(c.Path) == 1 && c.Path[0] == "assign":
					if as := args(n); len(as) > 0 && unwrap(as[0]).Type() == "identifier" {
						mutated[d.t.Text(unwrap(as[0]))] = true
					}
				}
			}
			return true
		})
		for name := range d.sets {
			if builtinCtor(d.t, d.names[name]) == "" {
				mutated[name] = true
			}
		}
		for name := range mutated {
			if _, ok := d.names[name]; ok {
				d.names[name] = nil
			}
		}
	}
	if v, ok := d.names[name]; ok || d.param(name) {
		return v
	}
	return d.topConst(name)
}

// param: name is a parameter of the function whose body is indexed (it
// shadows a module-level const of that name).
func (d *declIndex) param(name string) bool {
	fn := d.body
	if fn != nil {
		fn = fn.Parent()
	}
	if fn == nil {
		return false
	}
	ps := fn.ChildByFieldName("parameters")
	if ps == nil {
		ps = fn.ChildByFieldName("parameter") // x => fetch(x)
	}
	found := false
	if ps != nil {
		Walk(ps, func(n *sitter.Node) bool {
			if (n.Type() == "identifier" || n.Type() == "shorthand_property_identifier_pattern") && d.t.Text(n) == name {
				found = true
			}
			return !found
		})
	}
	return found
}

// topConst is the string or template a module-level const declares a name
// with (const URL = `${process.env.NEXT_PUBLIC_API_URL}/categories`): a
// constant no body can change. nil for anything else.
func (d *declIndex) topConst(name string) *sitter.Node {
	if d.top == nil {
		d.top = map[string]*sitter.Node{}
		moduleConsts(d.t, func(n string, v *sitter.Node) {
			if v = unwrap(v); v.Type() == "string" || v.Type() == "template_string" {
				d.top[n] = v
			}
		})
	}
	return d.top[name]
}

// builtinSet: name.set(k, v), name.append(k, v) or the same on
// name.searchParams.
func builtinSet(c Callee) bool {
	switch len(c.Path) {
	case 1:
	case 2:
		if c.Path[0] != "searchParams" {
			return false
		}
	default:
		return false
	}
	last := c.Path[len(c.Path)-1]
	return last == "set" || last == "append"
}

// builtinCtor is "URL", "URLSearchParams" or "Headers" when n is `new`
// of one of them; "" otherwise.
func builtinCtor(t *Tree, n *sitter.Node) string {
	if n == nil || n.Type() != "new_expression" {
		return ""
	}
	ctor := n.ChildByFieldName("constructor")
	if ctor == nil {
		return ""
	}
	switch name := t.Text(ctor); name {
	case "URL", "URLSearchParams", "Headers":
		return name
	}
	return ""
}

// memberObject is the identifier a member or subscript target is rooted
// at (headers in headers['x-key'] or headers.auth.token); nil otherwise.
func memberObject(n *sitter.Node) *sitter.Node {
	for n != nil && (n.Type() == "member_expression" || n.Type() == "subscript_expression") {
		n = unwrap(n.ChildByFieldName("object"))
	}
	if n == nil || n.Type() != "identifier" {
		return nil
	}
	return n
}

// sentCredentials lists the values a call sends as credentials: the
// interpolations of an Authorization, cookie, key or token field or header
// (at any depth of an options object), of a URL or body whose text names
// one, and, for a constructor (ctor), its positional arguments. ok is
// false when an argument could carry a credential the summary cannot
// read: an options object or headers held in a variable the body does not
// declare as a literal, a spread, a secret environment read, a literal
// credential (the app's own). ok with no credentials is an anonymous call.
func sentCredentials(t *Tree, decls *declIndex, as []*sitter.Node, ctor bool) (creds []Value, ok bool) {
	if len(as) == 0 {
		return nil, false
	}
	s := &credScan{t: t, decls: decls}
	for _, a := range as {
		if u := urlString(t, a); u != nil {
			a = u // fetch(url.toString()): the URL the body built
		}
		switch unwrap(a).Type() {
		case "string", "template_string", "object", "identifier", "binary_expression":
		default:
			if !ctor {
				return nil, false // fetch(buildUrl()): what it adds is not read
			}
		}
		if !s.value(a, ctor, 0) {
			return nil, false
		}
	}
	return s.creds, true
}

// value scans one argument or field value; named is true when the key it
// sits under (or the constructor position) says it is a credential.
func (s *credScan) value(n *sitter.Node, named bool, hops int) bool {
	n = unwrap(n)
	if n == nil || s.depth >= maxCredDepth {
		return false
	}
	s.depth++
	defer func() { s.depth-- }()
	text := s.t.Text(n)
	if secretEnvRead(text) {
		return false
	}
	switch n.Type() {
	case "string", "number", "true", "false", "null", "undefined":
		// A literal credential is the app's own; a literal naming one
		// ('…/oauth/token') is not read further.
		return !named && !credential.MatchString(text)
	case "template_string":
		if !named && !credential.MatchString(text) {
			return true
		}
		subs := 0
		for i := 0; i < int(n.NamedChildCount()); i++ {
			sub := n.NamedChild(i)
			if sub.Type() != "template_substitution" || sub.NamedChildCount() != 1 {
				continue
			}
			v := valueOf(s.t, sub.NamedChild(0))
			if v.Root == "" {
				return false
			}
			s.creds = append(s.creds, v)
			subs++
		}
		return subs > 0
	case "object":
		for i := 0; i < int(n.NamedChildCount()); i++ {
			p := n.NamedChild(i)
			switch p.Type() {
			case "spread_element":
				if !s.spread(p, named, hops) {
					return false
				}
			case "shorthand_property_identifier":
				name := s.t.Text(p)
				if named || credentialKey(name) {
					s.creds = append(s.creds, Value{Root: name})
				} else if optionsKey(name) && !s.field(name, p, false, hops) {
					return false // { headers } declared otherwise or elsewhere
				}
			case "pair":
				k, v := p.ChildByFieldName("key"), unwrap(p.ChildByFieldName("value"))
				if k == nil || v == nil || !s.field(Unquote(s.t, k), v, named, hops) {
					return false
				}
			}
		}
		return true
	case "identifier":
		if named {
			s.creds = append(s.creds, Value{Root: text})
			return true
		}
		return s.local(n, named, hops)
	case "binary_expression":
		// A URL or payload concatenated from parts (BASE_URL + '/api/x'):
		// each part is read as the value it is.
		if op := n.ChildByFieldName("operator"); !named && op != nil && s.t.Text(op) == "+" {
			return s.value(n.ChildByFieldName("left"), false, hops) && s.value(n.ChildByFieldName("right"), false, hops)
		}
	case "member_expression", "subscript_expression", "call_expression":
		if named {
			v := valueOf(s.t, n)
			if v.Root == "" {
				return false
			}
			s.creds = append(s.creds, v)
			return true
		}
	}
	// Data the request carries (JSON.stringify(body), new FormData()),
	// unless its text names a credential the summary did not read.
	return !named && !credential.MatchString(text)
}

// urlString is the local name in `url.toString()` or `url.href`, the
// string of a URL the body builds; nil for anything else.
func urlString(t *Tree, a *sitter.Node) *sitter.Node {
	a = unwrap(a)
	if a == nil {
		return nil
	}
	if a.Type() == "call_expression" && len(args(a)) == 0 {
		a = unwrap(a.ChildByFieldName("function"))
		if a == nil || a.Type() != "member_expression" {
			return nil
		}
		if p := a.ChildByFieldName("property"); p == nil || t.Text(p) != "toString" {
			return nil
		}
	} else if a.Type() == "member_expression" {
		if p := a.ChildByFieldName("property"); p == nil || t.Text(p) != "href" {
			return nil
		}
	} else {
		return nil
	}
	if obj := unwrap(a.ChildByFieldName("object")); obj != nil && obj.Type() == "identifier" {
		return obj
	}
	return nil
}

// builtin reads a new URL, URLSearchParams or Headers and the set and
// append calls the body makes on it. A header's computed value counts as
// a credential, as in headers; a query parameter's only when its name
// says so (?api_key=…) or its text names one: the values a helper copies
// in from the query object it is given (for … of Object.entries(query))
// are the caller's data.
func (s *credScan) builtin(name string, n *sitter.Node, hops int) bool {
	kind := builtinCtor(s.t, n)
	as := args(n)
	switch {
	case kind == "Headers" && len(as) > 0:
		if !s.headers(unwrap(as[0]), hops) {
			return false
		}
	case kind != "Headers":
		for _, a := range as {
			if !s.value(a, false, hops) {
				return false
			}
		}
	}
	for _, call := range s.decls.sets[name] {
		kv := args(call)
		if len(kv) != 2 {
			return false
		}
		k, v := unwrap(kv[0]), unwrap(kv[1])
		literalKey := k.Type() == "string"
		var named bool
		if kind == "Headers" {
			literal := v.Type() == "string" || (v.Type() == "template_string" && v.NamedChildCount() == 0)
			named = !literal || !literalKey || credentialKey(Unquote(s.t, k))
		} else {
			named = literalKey && credentialKey(Unquote(s.t, k))
		}
		if !s.value(v, named, hops) {
			return false
		}
	}
	return true
}

// field scans one field of an options object.
func (s *credScan) field(key string, v *sitter.Node, named bool, hops int) bool {
	switch {
	case named || credentialKey(key):
		return s.value(v, true, hops)
	case strings.EqualFold(key, "headers"):
		return s.headers(v, hops)
	case optionsKey(key):
		if isName(v) {
			return s.local(v, false, hops)
		}
		return v.Type() == "object" && s.value(v, false, hops)
	case v.Type() == "identifier":
		// A data field ({ channel: id }); a payload built just above is read.
		if d := s.literalDecl(v, hops); d != nil {
			return s.value(d, false, hops+1)
		}
		return true
	}
	return s.value(v, false, hops)
}

// headers scans a headers object: any header's computed value may be a
// credential (X-Internal: internalToken), so each counts as one; literal
// values are only read for their names.
func (s *credScan) headers(h *sitter.Node, hops int) bool {
	if isName(h) {
		name := s.t.Text(h)
		if h = s.declared(h, hops); h == nil {
			return false
		}
		hops++
		if builtinCtor(s.t, h) == "Headers" {
			return s.builtin(name, h, hops)
		}
	}
	if h.Type() != "object" {
		return false
	}
	for i := 0; i < int(h.NamedChildCount()); i++ {
		p := h.NamedChild(i)
		switch p.Type() {
		case "spread_element":
			if !s.spread(p, true, hops) {
				return false
			}
		case "shorthand_property_identifier":
			s.creds = append(s.creds, Value{Root: s.t.Text(p)})
		case "pair":
			k, v := p.ChildByFieldName("key"), unwrap(p.ChildByFieldName("value"))
			if k == nil || v == nil {
				return false
			}
			literal := v.Type() == "string" || (v.Type() == "template_string" && v.NamedChildCount() == 0)
			if !s.value(v, !literal || credentialKey(Unquote(s.t, k)), hops) {
				return false
			}
		}
	}
	return true
}

// spread reads `...name` of an object the body declares as a literal
// (`const auth = { Authorization: req.headers.get('authorization') }`);
// anything else spread in may carry any credential. In a headers object
// (named), each of its values counts as one.
func (s *credScan) spread(p *sitter.Node, named bool, hops int) bool {
	if p.NamedChildCount() != 1 {
		return false
	}
	d := s.declared(unwrap(p.NamedChild(0)), hops)
	if d == nil || d.Type() != "object" {
		return false
	}
	if named {
		return s.headers(d, hops+1)
	}
	return s.value(d, false, hops+1)
}

// local follows an identifier to its declaration in the body (a URL or
// options object built just above the call) and scans that; false when
// the body declares it otherwise or not at all.
func (s *credScan) local(id *sitter.Node, named bool, hops int) bool {
	if d := s.declared(id, hops); !named && builtinCtor(s.t, d) != "" {
		return s.builtin(s.t.Text(id), d, hops+1)
	}
	decl := s.literalDecl(id, hops)
	return decl != nil && s.value(decl, named, hops+1)
}

// literalDecl is the declared value of an identifier when it is a string,
// template or object literal, the values value can read whole; nil else.
func (s *credScan) literalDecl(id *sitter.Node, hops int) *sitter.Node {
	switch d := s.declared(id, hops); {
	case d == nil:
		return nil
	case d.Type() == "string", d.Type() == "template_string", d.Type() == "object":
		return d
	}
	return nil
}

// declared is the value the body declares an identifier with (`const url
// = …`), nil when it does not or maxCredHops is reached.
func (s *credScan) declared(id *sitter.Node, hops int) *sitter.Node {
	if !isName(id) || hops >= maxCredHops {
		return nil
	}
	return s.decls.lookup(s.t.Text(id))
}

// isName: an identifier, or one written as a shorthand property ({ headers }).
func isName(n *sitter.Node) bool {
	return n.Type() == "identifier" || n.Type() == "shorthand_property_identifier"
}

// credentialKey: a field or header name that carries a credential
// (Authorization, apiKey, token, x-api-key, auth, key, accessKey).
func credentialKey(key string) bool {
	return strings.EqualFold(key, "auth") || strings.HasSuffix(strings.ToLower(key), "key") || credential.MatchString(key)
}

// optionsKey: a field whose value is a request's headers or auth options,
// which must be read whole.
func optionsKey(key string) bool {
	switch strings.ToLower(key) {
	case "headers", "auth", "params", "config", "options", "init":
		return true
	}
	return false
}

// secretEnvRead: the text reads an environment value whose name says it
// is a credential (process.env.API_TOKEN), or one it cannot name
// (process.env[name], Deno.env.get(name)); a base URL (process.env.API_URL)
// is not the app's authority.
func secretEnvRead(text string) bool {
	if !strings.Contains(text, "env") {
		return false
	}
	for _, m := range envAccess.FindAllStringSubmatch(text, -1) {
		if m[1] == "" || m[1] == "get" || endpoint.SecretEnvName(m[1]) {
			return true
		}
	}
	return false
}

// envAccess matches a read of the environment, with the name when it is
// written as a member.
var envAccess = lazyregexp.New(`(?:process\.env|import\.meta\.env|Deno\.env|Bun\.env)(?:\??\.(\w+))?`)

// localClient is a client a function constructs: the constructor's name
// and the credentials it was given.
type localClient struct {
	ctor  string
	creds []Value
}

// clientCtor is the constructor call a local name is bound to in a
// variable declarator (`const notion = new Client({ auth: token })`).
func clientCtor(t *Tree, decl *sitter.Node) *sitter.Node {
	v := unwrap(decl.ChildByFieldName("value"))
	if v == nil || v.Type() != "new_expression" {
		return nil
	}
	if nm := decl.ChildByFieldName("name"); nm == nil || nm.Type() != "identifier" {
		return nil
	}
	return v
}

// thirdParty reports whether an import specifier names a package: a
// project module the resolver could not place (@/lib/x, ~/x, #x, $lib/x)
// may add the app's own credentials to what it is given.
func thirdParty(spec string) bool {
	if spec == "" {
		return false
	}
	for _, p := range []string{".", "/", "@/", "~/", "#", "$"} {
		if strings.HasPrefix(spec, p) {
			return false
		}
	}
	return true
}

// bearerValues lists the values a body sends after "Bearer " (see
// Func.Bearer).
func bearerValues(t *Tree, body *sitter.Node) []Value {
	// Every function is summarized: test the source bytes before copying
	// the body's text.
	if !bytes.Contains(t.Src[body.StartByte():body.EndByte()], []byte("Bearer ")) || secretEnvRead(t.Text(body)) {
		return nil
	}
	var out []Value
	Walk(body, func(n *sitter.Node) bool {
		switch n.Type() {
		case "template_string":
			if strings.HasPrefix(t.Text(n), "`Bearer ${") {
				for i := 0; i < int(n.NamedChildCount()); i++ {
					if sub := n.NamedChild(i); sub.Type() == "template_substitution" && sub.NamedChildCount() == 1 {
						if v := valueOf(t, sub.NamedChild(0)); v.Root != "" {
							out = append(out, v)
						}
						break
					}
				}
			}
			return false
		case "binary_expression":
			l, r := unwrap(n.ChildByFieldName("left")), n.ChildByFieldName("right")
			if l != nil && r != nil && l.Type() == "string" && strings.Trim(t.Text(l), `'"`) == "Bearer " {
				if v := valueOf(t, r); v.Root != "" {
					out = append(out, v)
				}
			}
		}
		return true
	})
	return out
}

// captchaVerify reports whether a request URL is a captcha provider's
// verification endpoint (reCAPTCHA, hCaptcha, Turnstile siteverify): the
// app's secret there only checks the token the visitor sent, which is what
// a public form does before anyone signs in.
func captchaVerify(url string) bool {
	for _, u := range []string{"google.com/recaptcha/api/siteverify", "recaptcha.net/recaptcha/api/siteverify", "hcaptcha.com/siteverify", "challenges.cloudflare.com/turnstile/v0/siteverify"} {
		if strings.Contains(url, u) {
			return true
		}
	}
	return false
}
