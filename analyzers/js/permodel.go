package js

import "sync"

// PerModel holds a rule's state for each scanned project, built once on first use.
// The build runs outside the map's lock: files of one project wait for the first
// build, files of other projects do not.
type PerModel[T any] struct {
	mu sync.Mutex
	m  map[*Model]*perModelEntry[T]
}

type perModelEntry[T any] struct {
	once sync.Once
	v    T
}

// Get returns the project's state, calling build exactly once per Model.
func (p *PerModel[T]) Get(m *Model, build func(*T)) *T {
	p.mu.Lock()
	if p.m == nil {
		p.m = map[*Model]*perModelEntry[T]{}
	}
	e, ok := p.m[m]
	if !ok {
		e = &perModelEntry[T]{}
		p.m[m] = e
	}
	p.mu.Unlock()
	e.once.Do(func() { build(&e.v) })
	return &e.v
}
