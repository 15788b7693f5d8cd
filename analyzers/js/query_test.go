package js

import (
	"strings"
	"testing"
)

func TestQueryPredicates(t *testing.T) {
	q, err := NewQuery(`
((call_expression function: (identifier) @fn arguments: (arguments . (string) @arg))
  (#any-of? @fn "getEnv" "env")
  (#match? @arg "SECRET"))
((member_expression object: (identifier) @o property: (property_identifier) @p)
  (#eq? @o "env") (#not-match? @p "^NEXT_PUBLIC_"))
`)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	ps := NewParsers(1, Limits{})
	defer ps.Close()
	for _, lang := range Langs {
		src := `getEnv("CLERK_SECRET_KEY"); env("PORT"); other("CLERK_SECRET_KEY"); env.CLERK_SECRET_KEY; env.NEXT_PUBLIC_X; x.CLERK_SECRET_KEY`
		tr, err := ps.Parse([]byte(src), lang)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		q.Matches(tr, tr.Root(), func(p int, c Captures) bool {
			if c["arg"] != nil {
				got = append(got, Unquote(tr, c["arg"]))
			} else {
				got = append(got, tr.Text(c["p"]))
			}
			return true
		})
		tr.Close()
		if strings.Join(got, ",") != "CLERK_SECRET_KEY,CLERK_SECRET_KEY" {
			t.Errorf("%s: matches = %q", lang, got)
		}
	}
}

func TestQueryErrors(t *testing.T) {
	for src, want := range map[string]string{
		`((identifier) @x (#match? @x "("))`:    "missing closing )",
		`((identifier) @x (#contains? @x "y"))`: "unsupported predicate #contains?",
		`((identifier) @x (#any-of? "a" @x))`:   "needs a capture and a value",
		`((identifier) @x (#eq? @x))`:           "wrong number of arguments",
		`(no_such_node)`:                        "tree-sitter query (javascript grammar)",
	} {
		q, err := NewQuery(src)
		if err == nil {
			q.Close()
			t.Errorf("NewQuery(%s): no error", src)
			continue
		}
		if !strings.Contains(err.Error(), want) {
			t.Errorf("NewQuery(%s) = %v, want %q", src, err, want)
		}
	}
}

// TestCoreQueriesCompile compiles the lazily compiled built-in queries for
// every grammar: an error there would otherwise surface only mid-scan.
func TestCoreQueriesCompile(t *testing.T) {
	for _, src := range []string{envQuery, loadQuery} {
		q, err := NewQuery(src)
		if err != nil {
			t.Fatal(err)
		}
		q.Close()
	}
}

func TestLazyQueryCompilesOnFirstUse(t *testing.T) {
	q := LazyQuery(`(identifier) @id`)
	defer q.Close()
	for _, l := range Langs {
		if q.byLang[l].c != nil {
			t.Fatalf("%v compiled before use", l)
		}
	}
	tree := parseForTest(t, TypeScript, "const a = b")
	defer tree.Close()
	n := 0
	q.Matches(tree, tree.Root(), func(int, Captures) bool { n++; return true })
	if n != 2 {
		t.Errorf("matches = %d, want 2", n)
	}
	if q.byLang[TypeScript].c == nil || q.byLang[JavaScript].c != nil || q.byLang[TSX].c != nil {
		t.Error("only the grammar used should be compiled")
	}
}

func TestLazyQueryErrorPanics(t *testing.T) {
	q := LazyQuery(`(no_such_node) @x`)
	defer q.Close()
	tree := parseForTest(t, JavaScript, "x")
	defer tree.Close()
	defer func() {
		if recover() == nil {
			t.Error("an invalid lazy query ran silently")
		}
	}()
	q.Matches(tree, tree.Root(), func(int, Captures) bool { return true })
}

func parseForTest(t *testing.T, lang Lang, src string) *Tree {
	t.Helper()
	ps := NewParsers(1, Limits{})
	t.Cleanup(ps.Close)
	tr, err := ps.Parse([]byte(src), lang)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}
