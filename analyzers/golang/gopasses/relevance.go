package gopasses

import (
	"go/parser"
	"go/token"
	"strconv"

	"github.com/clerklint/clerklint/analyzers/golang/cliauth"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/golang/secrets"
	"github.com/clerklint/clerklint/analyzers/keys"
)

// Relevance tells, from a Go file's imports and text alone, whether any
// registered pass could report in its package, so that a driver can leave
// alone a module none of whose files could (the scan's go engine does not
// type-check it). Every pass has a fast exit on what its package imports,
// and this is their union:
//
//   - the Clerk SDKs (CLK104, CLK201, CLK404, CLK501, CLK603, the route
//     model's session facts), the svix library (CLK301–CLK303);
//   - net/http and the routers (the route model behind CLK101, CLK102,
//     CLK201–CLK203, CLK302; the webhook model);
//   - os/exec, net/url and browser libraries (the CLI flow of CLK601, CLK602);
//
// except for CLK008, which follows a Clerk secret from its name (an env
// variable, a config key, a struct tag) into any log or response: a file
// that names one counts too.
type Relevance struct {
	names *keys.SecretNames
}

// NewRelevance builds the test for the passes configured by s (CLK008's
// secret names).
func NewRelevance(s gorules.Settings) (*Relevance, error) {
	if !s.Resolved() {
		var err error
		if s, err = gorules.FromRules(nil, s); err != nil {
			return nil, err
		}
	}
	names, err := secrets.Names(s)
	if err != nil {
		return nil, err
	}
	return &Relevance{names: names}, nil
}

// Import reports whether a package (or module) path is one the passes act on.
func (r *Relevance) Import(path string) bool {
	return gorules.IsClerkSDKPath(path) || gorules.IsSvixPath(path) || gorules.IsHTTPServerPath(path) || cliauth.FlowImport(path)
}

// File reports whether a Go source file could matter to a pass: it imports
// a package Import accepts or names a Clerk secret. A file whose imports do
// not parse counts: the type checker will say what is wrong with it.
func (r *Relevance) File(src []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.ImportsOnly|parser.SkipObjectResolution)
	if err != nil {
		return true
	}
	for _, imp := range f.Imports {
		if path, err := strconv.Unquote(imp.Path.Value); err != nil || r.Import(path) {
			return true
		}
	}
	return secrets.MayName(r.names, src)
}
