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
