package js

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
)

// TestScratchFiles: removing or writing the request's own temp file is no
// effect; a path the caller can steer (a let the body reassigns, a ".."
// literal, a part from the body, the upload's name) stays a file write.
func TestScratchFiles(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json": `{"type":"module","dependencies":{"express":"^5"}}`,
		"h.js": `import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
export async function upload(req, res) { await fs.unlink(req.file.path) }
export async function nested(req, res) { const f = req.files.doc[0]; await fs.rm(f.path) }
export async function stamped(req, res) { const p = path.join(os.tmpdir(), 'job-' + Date.now()); await fs.writeFile(p, 'x'); await fs.unlink(p) }
export async function reassigned(req, res) { let p = path.join(os.tmpdir(), 'a'); p = req.body.p; await fs.unlink(p) }
export async function climbs(req, res) { await fs.unlink(path.join(os.tmpdir(), '../etc/app.db')) }
export async function fromBody(req, res) { await fs.unlink(` + "`${os.tmpdir()}/${req.body.name}`" + `) }
export async function named(req, res) { await fs.unlink(path.join(os.tmpdir(), req.file.originalname)) }
export async function leading(req, res) { await fs.unlink(` + "`data/${req.file.path}`" + `) }
`,
	})
	mod := m.Module("h.js")
	for _, tc := range []struct {
		fn      string
		scratch bool
	}{
		{"upload", true}, {"nested", true}, {"stamped", true},
		{"reassigned", false}, {"climbs", false}, {"fromBody", false}, {"named", false}, {"leading", false},
	} {
		effects, known := m.Effects(mod, mod.Funcs[tc.fn])
		if !known {
			t.Errorf("%s: effects not known", tc.fn)
			continue
		}
		writes := len(effects) > 0 && effects[0].Kind == endpoint.Storage
		if writes == tc.scratch {
			t.Errorf("%s: effects %v, want scratch %v", tc.fn, effects, tc.scratch)
		}
	}
}
