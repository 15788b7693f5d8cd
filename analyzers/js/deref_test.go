package js

import (
	"slices"
	"testing"
)

// TestDerefSteps: a statement's plain member reads before any call in it
// runs are StepDeref names (locals only: db.find reads an import); ?. reads, reads after a call, in a branch that
// may not run, or of a name assigned again are not. A query builder's links
// (supabase.from().select().eq()) run nothing before the chain is awaited;
// any other call does.
func TestDerefSteps(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"a.ts": `
export async function f(flag: boolean) {
  const user = await currentUser()
  const { other, late, cond, right, owner } = pick()
  const a = user.emailAddresses[0].emailAddress
  const b = user?.id
  save(user.id, other.x)
  const c = (await load()).x + late.y
  const d = flag ? cond.id : 1
  const e = guard && right.id
  let moved = user
  moved = null
  const g = moved.id
  const { lazy, eager } = pick()
  const h = await supabase.from('users').select('*').eq('clerk_id', lazy.id)
  const k = await api.get('/users').eq('clerk_id', eager.id)
  return db.find({ where: { id: owner.id } })
}
`,
	})
	mod := m.Module("a.ts")
	if mod == nil || mod.Err != nil {
		t.Fatalf("module: %+v", mod)
	}
	var got []string
	for _, st := range mod.Funcs["f"].Steps {
		if st.Kind == StepDeref {
			got = append(got, st.Names...)
		}
	}
	want := []string{"user", "user", "other", "lazy", "owner"}
	if !slices.Equal(got, want) {
		t.Errorf("deref names = %v, want %v", got, want)
	}
}
