package lazyregexp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestPatternsCompile compiles the pattern of every lazyregexp.New in the
// module, which must be a constant string, so that a bad pattern fails here
// rather than in the first scan that reaches it.
func TestPatternsCompile(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "New" || len(call.Args) != 1 {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "lazyregexp" {
				return true
			}
			seen++
			src, ok := constString(call.Args[0])
			if !ok {
				t.Errorf("%s: the pattern is not a constant string", fset.Position(call.Pos()))
				return true
			}
			if _, err := regexp.Compile(src); err != nil {
				t.Errorf("%s: %v", fset.Position(call.Pos()), err)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen == 0 {
		t.Fatal("found no lazyregexp.New call: the walk looked in the wrong place")
	}
}

// constString evaluates string literals joined with +.
func constString(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok := constString(e.X)
		y, ok2 := constString(e.Y)
		return x + y, ok && ok2
	case *ast.ParenExpr:
		return constString(e.X)
	}
	return "", false
}

func TestLikeRegexp(t *testing.T) {
	const src = `(\w+)@(\w+)`
	lazy, re := New(src), regexp.MustCompile(src)
	s := "a@b c@d"
	if lazy.String() != src || lazy.Regexp().String() != src {
		t.Errorf("String() = %q, want %q", lazy.String(), src)
	}
	if lazy.MatchString(s) != re.MatchString(s) || lazy.Match([]byte("x")) != re.Match([]byte("x")) {
		t.Error("Match differs from regexp's")
	}
	if got, want := lazy.FindAllStringSubmatch(s, -1), re.FindAllStringSubmatch(s, -1); len(got) != 2 || got[1][2] != want[1][2] {
		t.Errorf("FindAllStringSubmatch = %q, want %q", got, want)
	}
	if got := lazy.FindStringSubmatch(s); len(got) != 3 || got[1] != "a" {
		t.Errorf("FindStringSubmatch = %q", got)
	}
	if got, want := lazy.ReplaceAllString(s, "$2@$1"), re.ReplaceAllString(s, "$2@$1"); got != want {
		t.Errorf("ReplaceAllString = %q, want %q", got, want)
	}
	if got := lazy.Split(s, -1); len(got) != 3 || got[1] != " " {
		t.Errorf("Split = %q", got)
	}
	if lazy.NumSubexp() != 2 || lazy.SubexpIndex("x") != -1 {
		t.Errorf("NumSubexp = %d, SubexpIndex(x) = %d", lazy.NumSubexp(), lazy.SubexpIndex("x"))
	}
}
