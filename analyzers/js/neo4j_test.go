package js

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
)

// TestNeo4jEffects: a session a module-level neo4j driver opens runs a
// read or a write transaction; the calls on the transaction's handle are
// that transaction's, and closing the session or reading a record does
// nothing. A handle handed to any other callback stays unknown.
func TestNeo4jEffects(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json":  `{"dependencies":{"@clerk/nextjs":"^6","neo4j-driver":"^5.20.0"}}`,
		"tsconfig.json": `{"compilerOptions":{"paths":{"@/*":["./*"]}}}`,
		"lib/graph.ts": `import neo4j from 'neo4j-driver'

const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!))

export async function read(cypher: string, params = {}) {
  const session = driver.session()
  try {
    const res = await session.executeRead((tx) => tx.run(cypher, params))
    return res.records.map((record) => record.toObject())
  } finally {
    await session.close()
  }
}

export async function write(cypher: string, params = {}) {
  const session = driver.session()
  try {
    const res = await session.executeWrite((tx) => tx.run(cypher, params))
    return res.records.map((record) => record.toObject())
  } finally {
    await session.close()
  }
}

export async function autoCommit(cypher: string) {
  const session = driver.session()
  await session.run(cypher)
  await session.close()
}

export async function queued(queue: { process(fn: (job: any) => void): void }) {
  queue.process((job) => job.moveToFailed())
}
`,
	})
	mod := m.Module("lib/graph.ts")
	for _, tc := range []struct {
		fn    string
		kind  endpoint.EffectKind
		known bool
	}{
		{"read", endpoint.DBRead, true},
		{"write", endpoint.DBWrite, true},
		{"autoCommit", endpoint.DBWrite, true}, // Cypher the scan does not read counts as a write
		{"queued", "", false},
	} {
		effects, known := m.Effects(mod, mod.Funcs[tc.fn])
		if known != tc.known {
			t.Errorf("%s: known %v, want %v (%+v)", tc.fn, known, tc.known, effects)
		}
		if tc.kind == "" {
			continue
		}
		if len(effects) != 1 || effects[0].Kind != tc.kind {
			t.Errorf("%s: effects %+v, want one %s", tc.fn, effects, tc.kind)
		}
	}
}
