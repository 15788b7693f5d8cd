package js

import (
	"slices"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// secretSide is where a local value comes from (a secretFlow's origin), for a comparison of the
// request with a secret made through locals: what each side is read from.
type secretSide uint8

const (
	sideSecret  secretSide = 1 << iota // a secret-named process.env variable
	sideRequest                        // the function's parameters (the request, a header handed in), headers()
)

// secretFlow follows a function's locals back to the secret and the request
// they are read from, through any call on them (a hash's update/digest,
// Buffer.from, TextEncoder.encode, toString): a cron route that hashes
// both the Authorization header and `Bearer ${process.env.CRON_SECRET}`
// and compares the digests (const match = hashA === hashB; if (!match)
// return 401) compares the request with the secret as surely as
// `header !== expected` does.
type secretFlow struct {
	t    *Tree
	vars map[string]secretSide
	// equal are the locals bound to a test that holds only when the
	// request equals the secret (const ok = timingSafeEqual(a, b)).
	equal map[string]bool
}

// newSecretFlow reads fn's parameters and the declarations of its body,
// outside nested functions, in source order.
func newSecretFlow(t *Tree, fn, body *sitter.Node) *secretFlow {
	f := &secretFlow{t: t, vars: map[string]secretSide{}, equal: map[string]bool{}}
	f.moduleSecrets()
	for _, p := range Params(fn) {
		pat := p
		if q := p.ChildByFieldName("pattern"); q != nil {
			pat = q
		}
		for _, n := range patternNames(t, pat) {
			f.vars[n] = sideRequest
		}
	}
	Walk(body, func(n *sitter.Node) bool {
		if n != body && IsFunc(n) {
			return false
		}
		if n.Type() == "variable_declarator" {
			f.declare(n.ChildByFieldName("name"), n.ChildByFieldName("value"))
		}
		return true
	})
	return f
}

// moduleSecrets reads the module's top-level consts holding a secret from
// process.env (const secret = process.env.JWT_SECRET), which the
// function's own parameters and locals then shadow.
func (f *secretFlow) moduleSecrets() {
	moduleConsts(f.t, func(name string, v *sitter.Node) {
		if f.originOf(v) == sideSecret {
			f.vars[name] = sideSecret
		}
	})
}

// declare binds a declarator's names: an array pattern element by element
// against an array or Promise.all([…]) of the same length, any other
// pattern wholly to the value's origin.
func (f *secretFlow) declare(name, v *sitter.Node) {
	if name == nil || v == nil {
		return
	}
	if name.Type() == "array_pattern" {
		arr := unwrap(v)
		if arr.Type() == "call_expression" {
			if c := CalleeOf(f.t, arr); c.Root == "Promise" && slices.Equal(c.Path, []string{"all"}) {
				if as := args(arr); len(as) == 1 {
					arr = unwrap(as[0])
				}
			}
		}
		if ns, es := Uncommented(name), Uncommented(arr); arr.Type() == "array" && len(ns) == len(es) {
			for i := range ns {
				f.declare(ns[i], es[i])
			}
			return
		}
	}
	o := f.originOf(v)
	equal := f.isEqual(v)
	for _, n := range patternNames(f.t, name) {
		f.vars[n] = o
		f.equal[n] = equal
	}
}

// originOf is the union of the origins of the values an expression reads. A
// length says nothing of a value's content (a.length === b.length), so it
// carries no origin.
func (f *secretFlow) originOf(n *sitter.Node) secretSide {
	var o secretSide
	Walk(n, func(x *sitter.Node) bool {
		switch x.Type() {
		case "member_expression":
			if p := x.ChildByFieldName("property"); p != nil && (f.t.Text(p) == "length" || f.t.Text(p) == "byteLength") {
				return false
			}
			if secretEnvIn(f.t.Src[x.StartByte():x.EndByte()]) && unwrap(x.ChildByFieldName("object")).Type() == "member_expression" {
				o |= sideSecret // process.env.CRON_SECRET itself
				return false
			}
		case "identifier":
			o |= f.vars[f.t.Text(x)]
		case "call_expression":
			if c := CalleeOf(f.t, x); c.Root == "headers" && len(c.Path) == 0 {
				o |= sideRequest // next/headers
			}
			if f.keyedBySecret(x) {
				o |= sideSecret
				return false
			}
		}
		return true
	})
	return o
}

// keyedBySecret reports a MAC keyed by the secret alone, or a chain on
// one: createHmac(alg, secret).update(data).digest('hex'),
// crypto.subtle.sign('HMAC', key, data) with a key imported from the
// secret. Whatever data it signs, the request cannot produce its value
// without the secret, so a signature the request carries compared with it
// (a payment provider's `expected === razorpay_signature`) authenticates
// the request as a compared secret does.
func (f *secretFlow) keyedBySecret(call *sitter.Node) bool {
	for n := call; n != nil && n.Type() == "call_expression"; {
		c := CalleeOf(f.t, n)
		last := c.Root
		if len(c.Path) > 0 {
			last = c.Path[len(c.Path)-1]
		}
		if as := args(n); len(as) >= 2 && (last == "createHmac" || (last == "sign" && slices.Contains(c.Path, "subtle"))) {
			return f.originOf(as[1]) == sideSecret
		}
		fn := unwrap(n.ChildByFieldName("function"))
		if fn == nil || fn.Type() != "member_expression" {
			return false
		}
		n = unwrap(fn.ChildByFieldName("object"))
	}
	return false
}

// sides: one of a and b is read from the secret alone, the other from the
// request alone.
func (f *secretFlow) sides(a, b *sitter.Node) bool {
	oa, ob := f.originOf(a), f.originOf(b)
	return (oa == sideSecret && ob == sideRequest) || (oa == sideRequest && ob == sideSecret)
}

// isEqual reports a test that holds only when the request equals the
// secret: a === b, timingSafeEqual(a, b), a conjunction holding one, or a
// local bound to one.
func (f *secretFlow) isEqual(n *sitter.Node) bool {
	n = unwrap(n)
	switch n.Type() {
	case "identifier":
		return f.equal[f.t.Text(n)]
	case "binary_expression":
		op, l, r := n.ChildByFieldName("operator"), n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if op == nil || l == nil || r == nil {
			return false
		}
		switch f.t.Text(op) {
		case "&&":
			return f.isEqual(l) || f.isEqual(r)
		case "===", "==":
			return f.sides(l, r)
		}
	case "call_expression":
		c := CalleeOf(f.t, n)
		last := c.Root
		if len(c.Path) > 0 {
			last = c.Path[len(c.Path)-1]
		}
		if as := args(n); last == "timingSafeEqual" && len(as) == 2 {
			return f.sides(as[0], as[1])
		}
	}
	return false
}

// differs reports a test that holds when the request differs from the
// secret: the negation of an isEqual test, a !== b, a disjunction holding
// one, or one joined by && to a test of the secret alone (if (secret &&
// header !== expected)): that skips the comparison only where the secret
// is not configured, which the deployment decides, not the caller.
func (f *secretFlow) differs(n *sitter.Node) bool {
	n = unwrap(n)
	switch n.Type() {
	case "unary_expression":
		if op := n.ChildByFieldName("operator"); op != nil && f.t.Text(op) == "!" {
			return f.isEqual(n.ChildByFieldName("argument"))
		}
	case "binary_expression":
		op, l, r := n.ChildByFieldName("operator"), n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if op == nil || l == nil || r == nil {
			return false
		}
		switch f.t.Text(op) {
		case "||":
			return f.differs(l) || f.differs(r)
		case "&&":
			return (f.differs(l) && f.originOf(r) == sideSecret) || (f.differs(r) && f.originOf(l) == sideSecret)
		case "!==", "!=":
			return f.sides(l, r)
		}
	}
	return false
}

// secretEnvIn reports a read of a secret-named process.env variable in b
// (CRON_SECRET, …_API_KEY, …_TOKEN): not one the browser may see by design
// (NEXT_PUBLIC_API_KEY) nor a key's id; process.env.NODE_ENV !==
// 'production' is no authentication.
func secretEnvIn(b []byte) bool {
	for _, m := range secretEnv.FindAllSubmatch(b, -1) {
		if endpoint.SecretEnvName(string(m[1])) {
			return true
		}
	}
	return false
}

var secretEnv = lazyregexp.New(`process\.env\.([A-Z0-9_]*(?:SECRET|TOKEN|KEY|PASSWORD)[A-Z0-9_]*)`)
