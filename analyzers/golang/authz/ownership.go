// This file is the CLK203 pass: authenticated Go endpoints whose queries
// read, change or delete a record selected by a request value with nothing
// tying it to the caller (broken object-level authorization). The judgement
// is endpoint.Ownership.NeedsOwnership, the one every JS producer's
// endpoints get; gomodel supplies each filter value's origin.

package authz

import (
	"fmt"
	"go/token"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/golang/gomodel"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// NewOwnership returns the CLK203 analyzer; its params (id, owner and
// public fields, membership models) are the YAML entry's in s's rule set.
// The params are decoded and their patterns compiled once, not per package;
// each pass copies them and fills its own model maps.
func NewOwnership(s gorules.Settings) *analysis.Analyzer {
	params := sync.OnceValues(func() (*endpoint.Ownership, error) { return ownershipParams(s) })
	return gorules.NewAnalyzer(ruleid.MissingOwnershipCheck, func(pass *analysis.Pass) (any, error) { return runOwnership(pass, params) }, gomodel.Analyzer)
}

func ownershipParams(s gorules.Settings) (*endpoint.Ownership, error) {
	r := s.Rules().Get(ruleid.MissingOwnershipCheck)
	if r == nil {
		var err error
		if r, err = gorules.Rule(ruleid.MissingOwnershipCheck); err != nil {
			return nil, err
		}
	}
	var p endpoint.OwnershipParams
	if err := r.DecodeParams(&p); err != nil {
		return nil, err
	}
	o, err := p.Compile()
	if err != nil {
		return nil, fmt.Errorf("rule %s: %w", ruleid.MissingOwnershipCheck, err)
	}
	return o, nil
}

func runOwnership(pass *analysis.Pass, params func() (*endpoint.Ownership, error)) (any, error) {
	res := pass.ResultOf[gomodel.Analyzer].(*gomodel.Result)
	// Sessions, and so ownership, only exist in packages that use Clerk.
	if !res.UsesClerk || len(res.Routes) == 0 {
		return nil, nil
	}
	base, err := params()
	if err != nil {
		return nil, err
	}
	o := *base
	o.SetSchema(res.ModelFields())
	// CLK101's public-data models (products, vendors…; CLK203's params
	// alias the list) hold shared rows: declared without an owner, unless
	// the project's queries filter them by one. Its field=value entries are
	// filters, not models.
	for _, model := range o.Public {
		if !strings.Contains(model, "=") {
			o.Declared[endpoint.ModelKey(model)] = true
		}
	}
	o.OwnedByUse(res.Endpoints)
	// The package's own files by name: a finding's effect in one of them is
	// reported on its line (the FileSet is the whole module's, too large to
	// search per finding).
	files := map[string]*token.File{}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		files[tf.Name()] = tf
	}
	for i, r := range res.Routes {
		e := &res.Endpoints[i]
		if r.Imported() != nil || !r.Handler.Known || unknownMiddleware(r) {
			continue // judged where its handler is, or a middleware the model cannot see may authorize
		}
		seen := map[string]bool{}
		for _, is := range o.NeedsOwnership(e) {
			key := is.Effect.Target + "\x00" + is.By.Field
			if seen[key] {
				continue
			}
			seen[key] = true
			pos := r.Call.Pos()
			if tf := files[is.Effect.At.File]; tf != nil {
				pos = lineStart(tf, is.Effect.At, pos)
			}
			pass.Reportf(pos, "%s", ownershipMessage(r, is))
		}
	}
	return nil, nil
}

// lineStart finds the position of an endpoint.Pos in f, or returns def
// when f has no such line.
func lineStart(f *token.File, at endpoint.Pos, def token.Pos) token.Pos {
	if at.Line < 1 || at.Line > f.LineCount() {
		return def
	}
	out := f.LineStart(at.Line) + token.Pos(max(at.Col-1, 0))
	if int(out) >= f.Base()+f.Size() {
		out = f.LineStart(at.Line)
	}
	return out
}

func ownershipMessage(r *gomodel.Route, is endpoint.OwnershipIssue) string {
	verb := "reads"
	if is.Effect.Kind == endpoint.DBWrite {
		verb = "changes or deletes"
	}
	where := fmt.Sprintf("%s at %s:%d", is.Effect.Target, filepath.Base(is.Effect.At.File), is.Effect.At.Line)
	return fmt.Sprintf("route %s %s a record with %s selected by %s = `%s` from %s, and nothing ties the record to the signed-in user: %s; "+
		"add the owner to the query's filter (WHERE id = $1 AND user_id = $2 with claims.Subject, or the org from claims.ActiveOrganizationID), "+
		"or compare the fetched record's owner with the session and return 403 (check a role first for admin tools)",
		r, verb, where, is.By.Field, is.By.Name, is.By.Input.Phrase(), is.Attack())
}
