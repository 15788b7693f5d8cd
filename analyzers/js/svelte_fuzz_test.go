package js

import (
	"bytes"
	"testing"
)

// FuzzSvelteScripts: the extracted program keeps the component's length
// and every line break where it was, and every byte it keeps is the
// component's own at that offset (positions in findings are the file's).
// `go test -fuzz FuzzSvelteScripts ./analyzers/js` explores further.
func FuzzSvelteScripts(f *testing.F) {
	for _, s := range []string{
		"<script lang=\"ts\">\n  import { useClerkContext } from 'svelte-clerk'\n</script>\n<h1>{x}</h1>\n",
		"<script context=\"module\">export const prerender = true</script><script>let a = 1</script>",
		"<!-- <script>alert(1)</script> -->\n<script module>const b = 2</script>",
		"<script>\r\nlet x = '</script>'\r\n</script>",
		"<script", "<script>", "</script><script>", "<style>script{}</style><script>x</script>",
		"<script>\xff\xfe</script>", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		out := SvelteScripts(src)
		if len(out) != len(src) {
			t.Fatalf("SvelteScripts changed the length: %d, want %d", len(out), len(src))
		}
		for i, b := range out {
			switch {
			case src[i] == '\n' || src[i] == '\r':
				if b != src[i] {
					t.Fatalf("line break at %d became %q", i, b)
				}
			case b != ' ' && b != src[i]:
				t.Fatalf("byte %d is %q, the component has %q there", i, b, src[i])
			}
		}
		if n := bytes.Count(out, []byte("\n")); n != bytes.Count(src, []byte("\n")) {
			t.Fatalf("%d lines, the component has %d", n, bytes.Count(src, []byte("\n")))
		}
	})
}
