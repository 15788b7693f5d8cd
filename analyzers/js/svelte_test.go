package js

import (
	"strings"
	"testing"
)

// A Svelte 5 component: a module script, an instance script, a snippet and a
// commented-out script in the markup.
const svelte5 = `<script module>
	export const prerender = false;
</script>

<script lang="ts">
	import { SignIn } from 'svelte-clerk';
	let { data } = $props();
	const who = $derived(data.userId);
</script>

<!-- <script>import secret from './x'</script> -->
{#snippet greet(name: string)}
	<p>Hello {name} <b>{who}</b></p>
{/snippet}
<main>
	{@render greet('you')}
	<SignIn routing="path" path="/sign-in" fallbackRedirectUrl={'/app'} {data} />
	<Clerk.UserButton afterSignOutUrl="/"></Clerk.UserButton>
	<div class="a>b" />
</main>

<style>
	p > b { color: red }
</style>
`

func TestSvelteScripts(t *testing.T) {
	out := SvelteScripts([]byte(svelte5))
	if len(out) != len(svelte5) || strings.Count(string(out), "\n") != strings.Count(svelte5, "\n") {
		t.Fatalf("blanking changed the size or the lines")
	}
	for _, want := range []string{"export const prerender = false;", "import { SignIn } from 'svelte-clerk';", "$derived(data.userId)"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("script text %q lost", want)
		}
	}
	for _, gone := range []string{"snippet", "import secret", "color: red", "<main>", "<script"} {
		if strings.Contains(string(out), gone) {
			t.Errorf("%q is not script content but was kept", gone)
		}
	}

	m := newTestModel(t, map[string]string{"src/routes/+page.svelte": svelte5})
	mod := m.Module("src/routes/+page.svelte")
	if mod == nil || mod.Err != nil {
		t.Fatalf("module: %+v", mod)
	}
	if len(mod.Imports) != 1 || mod.Imports[0].Spec != "svelte-clerk" {
		t.Fatalf("imports = %+v, want svelte-clerk only", mod.Imports)
	}
	// Line 6, column 2 (after the tab) in the component itself.
	if p := mod.Imports[0].Statement; p.Line != 6 || p.Column != 2 {
		t.Errorf("import at %d:%d, want 6:2", p.Line, p.Column)
	}
	if mod.Exports["prerender"] == nil {
		t.Errorf("module script export not read: %v", mod.Exports)
	}
}

func TestSvelteTags(t *testing.T) {
	tags := SvelteTags([]byte(svelte5))
	if len(tags) != 2 {
		t.Fatalf("tags = %+v, want SignIn and Clerk.UserButton", tags)
	}
	si := tags[0]
	if si.Name != "SignIn" || si.Pos.Line != 17 || si.Pos.Column != 3 {
		t.Errorf("first tag %s at %d:%d, want SignIn at 17:3", si.Name, si.Pos.Line, si.Pos.Column)
	}
	if a, ok := si.Attr("routing"); !ok || !a.Static || a.Value != "path" {
		t.Errorf("routing = %+v", a)
	}
	if a, ok := si.Attr("fallbackRedirectUrl"); !ok || a.Static || a.Expr != "'/app'" {
		t.Errorf("fallbackRedirectUrl = %+v", a)
	}
	if _, ok := si.Attr("data"); !ok {
		t.Errorf("shorthand {data} not read: %+v", si.Attrs)
	}
	if tags[1].Name != "Clerk.UserButton" {
		t.Errorf("second tag %s", tags[1].Name)
	}
	// Unclosed and garbage input never panics.
	for _, s := range []string{"<script", "<script>", "<SignIn a=\"", "<SignIn {", "<!--", "<style>x", "<A b={'}'} c", "\xff<\xfe"} {
		SvelteScripts([]byte(s))
		SvelteTags([]byte(s))
	}
}
