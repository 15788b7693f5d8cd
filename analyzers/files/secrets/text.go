package secrets

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Text finds Clerk secret keys (CLK001's patterns) and webhook signing
// secrets (CLK006's) in text that is no file of the scanned tree, such as
// the lines a past commit added, with the judgement the engine applies to
// files: Stripe look-alikes, other vendors' names and placeholders are
// dropped. Safe for concurrent use.
type Text struct{ c *checker }

// Hit is one credential Text found; Line and Column are 1-based.
type Hit struct {
	Line, Column int
	Secret       string
	// Rule is the rule that reports the credential in a file: CLK001 for a
	// secret key, CLK006 for a webhook secret.
	Rule string
}

// NewText builds a Text from the CLK001 and CLK006 rules (their params);
// other rules are refused.
func NewText(rs []*rules.Rule) (*Text, error) {
	for _, r := range rs {
		if r.ID != ruleid.SecretKeyInSource && r.ID != ruleid.HardcodedWebhookSecret {
			return nil, fmt.Errorf("%s: rule %s: secrets.Text takes CLK001 and CLK006 only", r.Pos, r.ID)
		}
	}
	quietGitleaks.Do(quietLogger)
	c := &checker{projects: map[*scan.Project]*projectState{}}
	if len(rs) > 0 {
		d, err := newCommitted(rs)
		if err != nil {
			return nil, err
		}
		c.committed = d
	}
	return &Text{c: c}, nil
}

// Find returns the credentials in src, text of the file at name in project p
// (whose env files and manifests give context: the exact values of its
// secret variables, whether it uses Clerk).
func (t *Text) Find(p *scan.Project, name string, src []byte) []Hit {
	if t.c.committed == nil {
		return nil
	}
	f := &scan.File{Path: name, Kind: scan.Source, Lang: strings.TrimPrefix(path.Ext(name), "."), Tracked: true, Report: true}
	ps := t.c.project(p)
	found := t.c.scanDomain(p, f, src, t.c.committed, ps.committed, ps.foreign)
	sort.Slice(found, func(i, j int) bool { return found[i].start < found[j].start })
	out := make([]Hit, 0, len(found))
	cur := newCursor(src)
	for _, r := range found {
		line, col := cur.at(r.start)
		out = append(out, Hit{Line: line, Column: col, Secret: r.secret, Rule: r.rule})
	}
	return out
}
