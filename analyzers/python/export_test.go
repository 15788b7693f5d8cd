package python

import "github.com/clerklint/clerklint/analyzers/scan"

// NewEngineKeepingAll is NewEngine keeping every parsed module's tree for
// the project phase, as before Stream freed them: tests compare the two.
func NewEngineKeepingAll(impls ...Rule) scan.Engine {
	return scan.Engine{Name: Name, IDs: ids(impls), Project: func(in scan.ProjectInput) (*scan.ProjectOutput, error) {
		return run(impls, in, func([]byte) bool { return true })
	}}
}
