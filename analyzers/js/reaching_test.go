package js

import (
	"bytes"
	"reflect"
	"sort"
	"testing"
)

func TestQuotedStrings(t *testing.T) {
	src := "// don't stop here\nimport a from './a'\nx(\"it's\", require('./b'))\nconst s = 'esc\\'aped'\n" +
		"const c = 'line\\\ncontinued'\nconst open = 'never closed\nimport \"./c\"\n"
	var got []string
	quotedStrings([]byte(src), func(s []byte) { got = append(got, string(s)) })
	for _, want := range []string{"./a", "./b", "it's", "esc\\'aped", "line\\\ncontinued", "./c"} {
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("quotedStrings missed %q; got %q", want, got)
		}
	}
}

// TestReachingParsesLess: a closure from many roots parses only the modules
// that lead to a target, reaches the targets as the full closure does, and
// follows a helper whose own bytes are unmarked; a target no root reaches
// is left out.
func TestReachingParsesLess(t *testing.T) {
	files := map[string]string{
		"src/main.tsx":              "import { App } from './App'\nimport './styles'\n",
		"src/App.tsx":               "import { Header } from './components/Header'\nimport { List } from './components/List'\n",
		"src/components/Header.tsx": "import { session } from '../lib/session'\nexport const Header = () => session()\n",
		"src/lib/session.ts":        "// a helper with nothing to see\nexport { session } from './clerk'\n",
		"src/lib/clerk.ts":          "import { useUser } from '@clerk/clerk-react'\nexport const session = useUser\n",
		"src/components/List.tsx":   "import { item } from './Item'\n// don't: './clerk' in a comment is no import of it\nexport const List = item\n",
		"src/components/Item.tsx":   "export const item = 1\n",
		"src/styles.ts":             "export const s = 'a b'\n",
		// A target no root reaches: not read, not in the set.
		"src/unused.tsx": "import { useUser } from '@clerk/clerk-react'\nimport { App } from './App'\n",
	}
	roots := []string{"src/main.tsx", "src/components/List.tsx", "src/styles.ts"}
	follow := func(e *Edge, _ *Module) bool { return !e.Import.TypeOnly }

	full := newTestModel(t, files)
	want := full.Closure(roots, follow)

	m := newTestModel(t, files)
	within := m.Reaching(roots, func(_ string, src []byte) bool { return bytes.Contains(src, []byte("@clerk/")) })
	var in []string
	for p := range within {
		in = append(in, p)
	}
	sort.Strings(in)
	wantIn := []string{"src/App.tsx", "src/components/Header.tsx", "src/lib/clerk.ts", "src/lib/session.ts", "src/main.tsx"}
	if !reflect.DeepEqual(in, wantIn) {
		t.Errorf("Reaching = %q, want %q", in, wantIn)
	}
	got := m.ClosureWithin(roots, within, follow)
	if n := m.parsers.Parsed(); n != int64(len(wantIn)) {
		t.Errorf("parsed %d files, want %d (only the modules leading to a target)", n, len(wantIn))
	}
	for p := range within {
		g, w := got[p], want[p]
		if g == nil || w == nil || g.Root != w.Root || g.Depth != w.Depth || len(Chain(got, p)) != len(Chain(want, p)) {
			t.Errorf("%s: reached as %+v, the full closure as %+v", p, g, w)
		}
	}
	if got["src/components/Item.tsx"] != nil || got["src/styles.ts"] != nil {
		t.Errorf("modules leading to no target were reached: %v", got)
	}
}
