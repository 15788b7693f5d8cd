package js

import (
	"fmt"
	"strings"
	"testing"
)

// TestSanityClient: a Sanity client built in a lib module reads the app's
// published content (no effect a session matters for) and writes the
// dataset with its mutations.
func TestSanityClient(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json":  `{"dependencies":{"next-sanity":"^9"}}`,
		"tsconfig.json": `{"compilerOptions":{"paths":{"@/*":["./*"]}}}`,
		"sanity/client.ts": `import { createClient } from 'next-sanity'
export const client = createClient({ projectId: 'p', dataset: 'production', apiVersion: '2024-01-01', useCdn: true })
`,
		"app/actions.ts": `'use server'
import { client } from '@/sanity/client'
export async function categories() {
  return client.fetch('*[_type == "category"]{ title }')
}
export async function addReview(product: string, text: string) {
  return client.create({ _type: 'review', product, text })
}
`,
	})
	mod := m.Module("app/actions.ts")
	for _, tc := range []struct{ fn, want string }{
		{"categories", ""},
		{"addReview", "db-write client.create"},
	} {
		effects, known := m.Effects(mod, mod.Funcs[tc.fn])
		var got []string
		for _, e := range effects {
			got = append(got, fmt.Sprintf("%s %s", e.Kind, e.Target))
		}
		if !known || strings.Join(got, "|") != tc.want {
			t.Errorf("%s: effects %q (known %v), want %q (known)", tc.fn, got, known, tc.want)
		}
	}
}
