package js

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// chainColumns reads the explicit projection of a read at each call of its
// chain (chainCalls's list, outermost first): the fields the chain below
// that call returns, nested relations' fields dotted (author.name), for
// endpoint.Effect.Columns. A call's list is nil when the read returns whole
// rows (no projection, a Prisma include or omit, a Mongoose populate,
// select('*')) or a projection the summary cannot read whole (a variable,
// a spread, an exclusion, a renamed or embedded column): only a list read
// to its end says what the result holds. A link's list is its own and the
// one below it, so one walk from the innermost reads them all: a chain of n
// links costs n, not the n² of reading the chain below each link afresh.
func chainColumns(t *Tree, calls []*sitter.Node) [][]string {
	out := make([][]string, len(calls))
	var below []string // the columns of the chain below calls[i]
	whole := false     // something below returns whole rows
	for i := len(calls) - 1; i >= 0; i-- {
		got, w := linkColumns(t, calls[i])
		whole = whole || w
		if whole {
			continue
		}
		if len(got) > 0 {
			below = append(got[:len(got):len(got)], below...)
			if whole = len(below) > maxChainColumns; whole {
				continue
			}
		}
		if len(below) > 0 {
			out[i] = below[:len(below):len(below)]
		}
	}
	return out
}

// maxChainColumns bounds the columns a chain's projection lists: past it a
// read counts as returning whole rows. No real projection lists a thousand;
// a hostile chain selecting at each of its thousands of links would have
// chainColumns copy the list at each.
const maxChainColumns = 1024

// linkColumns is one call's part of chainColumns: the columns it picks, or
// whole when it makes the read return whole rows or picks what the summary
// cannot read.
func linkColumns(t *Tree, c *sitter.Node) (cols []string, whole bool) {
	m, _ := methodOf(t, c)
	as := args(c)
	switch {
	case m == "":
	case m == "populate" || m == "include" || m == "with" || m == "leftJoin" || m == "innerJoin" || m == "join":
		return nil, true // joined rows, whole
	case prismaReads[m] && !aggregates[m] && !strings.HasPrefix(m, "$") && len(as) > 0:
		a := unwrap(as[0])
		if a.Type() != "object" || hasKey(t, a, "include") || hasKey(t, a, "omit") {
			return nil, true
		}
		if sel := keyValue(t, a, "select"); sel != nil {
			got, ok := prismaSelect(t, sel, "")
			if !ok {
				return nil, true
			}
			cols = append(cols, got...)
		}
		if cs := keyValue(t, a, "columns"); cs != nil {
			// Drizzle's relational queries (db.query.users.findFirst({ columns })).
			if hasKey(t, a, "with") || hasKey(t, a, "extras") {
				return nil, true
			}
			got, ok := prismaSelect(t, cs, "")
			if !ok {
				return nil, true
			}
			cols = append(cols, got...)
		}
	case mongoReads[m] && len(as) > 1:
		got, ok := projection(t, as[1:2])
		if !ok {
			return nil, true
		}
		cols = append(cols, got...)
	case m == "select" || m == "selectDistinct":
		got, ok := projection(t, as)
		if !ok {
			return nil, true
		}
		cols = append(cols, got...)
	}
	return cols, false
}

// prismaSelect lists the fields a Prisma select object picks: `name: true`,
// a relation's own select (author: { select: { name: true } }) as
// author.name, a _count as itself (counts are no one's data). A relation
// taken whole (posts: true reads as the field posts, judged by its name;
// posts: { include … } or { where … } without a select) or a value the
// summary cannot read fails, and so does a select nested deeper than
// maxSelectDepth relations (a generated or hostile file: each level would
// copy the whole path so far).
func prismaSelect(t *Tree, obj *sitter.Node, prefix string) ([]string, bool) {
	obj = unwrap(obj)
	if obj == nil || obj.Type() != "object" || strings.Count(prefix, ".") >= maxSelectDepth {
		return nil, false
	}
	var out []string
	for i := 0; i < int(obj.NamedChildCount()); i++ {
		p := obj.NamedChild(i)
		switch p.Type() {
		case "comment":
			continue
		case "pair":
		default:
			return nil, false // a spread, a shorthand (a variable's value), a method
		}
		k, v := p.ChildByFieldName("key"), unwrap(p.ChildByFieldName("value"))
		if k == nil || v == nil || k.Type() == "computed_property_name" {
			return nil, false
		}
		key := Unquote(t, k)
		switch {
		case v.Type() == "false":
		case v.Type() == "true" || key == "_count":
			out = append(out, prefix+key)
		case v.Type() == "object" && !hasKey(t, v, "include") && !hasKey(t, v, "omit") && keyValue(t, v, "select") != nil:
			got, ok := prismaSelect(t, keyValue(t, v, "select"), prefix+key+".")
			if !ok {
				return nil, false
			}
			out = append(out, got...)
		default:
			return nil, false
		}
	}
	return out, true
}

// maxSelectDepth bounds the relations a Prisma select nests (prismaSelect).
const maxSelectDepth = 8

// projection lists the columns of a select call's or a Mongoose find's
// projection arguments: strings ('name bio', 'name, avatar_url',
// 'users.name'), an inclusion object ({ name: 1, _id: 0 }) or Drizzle's
// column picks ({ name: users.name }: the column, not the alias).
func projection(t *Tree, as []*sitter.Node) ([]string, bool) {
	var out []string
	for _, a := range as {
		a = unwrap(a)
		switch a.Type() {
		case "string":
			s := Unquote(t, a)
			if !plainColumns.MatchString(s) {
				return nil, false // *, an exclusion (-password), a rename, an embedded resource
			}
			out = append(out, strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' })...)
		case "object":
			for i := 0; i < int(a.NamedChildCount()); i++ {
				p := a.NamedChild(i)
				if p.Type() == "comment" {
					continue
				}
				if p.Type() != "pair" {
					return nil, false
				}
				k, v := p.ChildByFieldName("key"), unwrap(p.ChildByFieldName("value"))
				if k == nil || v == nil || k.Type() == "computed_property_name" {
					return nil, false
				}
				switch text := t.Text(v); {
				case text == "0" || v.Type() == "false":
					// left out: an inclusion projection may drop _id
				case text == "1" || v.Type() == "true":
					out = append(out, Unquote(t, k))
				case v.Type() == "member_expression":
					out = append(out, t.Text(v.ChildByFieldName("property")))
				default:
					return nil, false
				}
			}
		default:
			return nil, false
		}
	}
	return out, len(out) > 0
}

// plainColumns is a select string naming only columns, possibly qualified
// by their table, separated by commas or spaces.
var plainColumns = lazyregexp.New(`^[\s,]*[A-Za-z_][\w.]*(?:[\s,]+[A-Za-z_][\w.]*)*[\s,]*$`)
