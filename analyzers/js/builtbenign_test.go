package js

import "testing"

// TestModuleBuiltBenign: a function a benign package built at the top of
// the module (shadcn/ui's `const buttonVariants = cva(…)`) does nothing
// when called; one an unknown package built stays unknown.
func TestModuleBuiltBenign(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json": `{"dependencies":{"class-variance-authority":"^0.7","mystery-kit":"^1"}}`,
		"ui.ts": `import { cva } from 'class-variance-authority'
import { build } from 'mystery-kit'
const buttonVariants = cva('btn', { variants: { size: { sm: 'h-8' } } })
const runner = build({})
export function classes(size: 'sm') {
  return buttonVariants({ size })
}
export function run() {
  return runner({})
}
`,
	})
	mod := m.Module("ui.ts")
	if effects, known := m.Effects(mod, mod.Funcs["classes"]); !known || len(effects) > 0 {
		t.Errorf("classes: effects %v (known %v), want none (known)", effects, known)
	}
	if _, known := m.Effects(mod, mod.Funcs["run"]); known {
		t.Errorf("run: effects known, want unknown (mystery-kit is not classified)")
	}
}
