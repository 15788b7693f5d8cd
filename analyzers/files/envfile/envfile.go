// Package envfile is the "env" engine: it reads dotenv files and the places that
// name env variables, and reports Clerk secrets that a bundler will publish
// (CLK003), env files with secrets that git would commit (CLK007), and key
// pairs or key kinds that do not match the environment (CLK009).
//
// Env files are judged from their parsed assignments, so positions point at the
// exact name or value. Source, config and docs files are only searched for
// variable names after a literal prefilter, because almost none of them mention
// Clerk's variables and a large tree must stay cheap to scan.
package envfile

import (
	"fmt"

	"github.com/clerklint/clerklint/analyzers/files/dotenv"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Engine registers the env engine with the scanner.
var Engine = scan.Engine{Name: "env", IDs: []string{ruleid.SecretInPublicEnvVar, ruleid.EnvFileNotIgnored, ruleid.TestLiveKeyMix}, New: New}

// publicParams are CLK003's params.
type publicParams struct {
	PublicPrefixes []string       `yaml:"public-prefixes"`
	SecretNames    []rules.Regexp `yaml:"secret-names"`
	PublicNames    []rules.Regexp `yaml:"public-names"`
	BuildOutput    []rules.Glob   `yaml:"build-output"`
}

// ignoreParams are CLK007's params.
type ignoreParams struct {
	SecretNames []rules.Regexp `yaml:"secret-names"`
}

// noParams rejects any params on a rule that takes none, so a typo is not
// silently ignored.
type noParams struct{}

// checker is immutable after New: Check runs concurrently.
type checker struct {
	public      *names       // CLK003; nil when disabled
	buildOutput []rules.Glob // CLK003: skipped for references
	ignore      *names       // CLK007; nil when disabled
	mix         bool         // CLK009
}

// New builds the env checker from whichever of its rules are enabled.
func New(rs []*rules.Rule, _ scan.Options) (scan.Checker, error) {
	c := &checker{}
	for _, r := range rs {
		switch r.ID {
		case ruleid.SecretInPublicEnvVar:
			var p publicParams
			if err := r.DecodeParams(&p); err != nil {
				return nil, err
			}
			n, err := newSecretNames(r, "secret-names", p.SecretNames, p.PublicNames)
			if err != nil {
				return nil, err
			}
			if err := n.withPrefixes(r, p.PublicPrefixes); err != nil {
				return nil, err
			}
			c.public, c.buildOutput = n, p.BuildOutput
		case ruleid.EnvFileNotIgnored:
			var p ignoreParams
			if err := r.DecodeParams(&p); err != nil {
				return nil, err
			}
			n, err := newSecretNames(r, "secret-names", p.SecretNames, nil)
			if err != nil {
				return nil, err
			}
			c.ignore = n
		case ruleid.TestLiveKeyMix:
			if err := r.DecodeParams(&noParams{}); err != nil {
				return nil, err
			}
			c.mix = true
		default:
			return nil, fmt.Errorf("%s: rule %s: the env engine does not implement it", r.Pos, r.ID)
		}
	}
	return c, nil
}

// Wants every env file (ignored ones too: a public name is a bug wherever it is
// written), and for CLK003 the committable source, config and docs outside
// build output. Ignored sources are mostly generated and would only repeat
// what the files they were generated from already show.
func (c *checker) Wants(_ *scan.Project, f *scan.File) bool {
	switch f.Kind {
	case scan.Env:
		return c.public != nil || c.ignore != nil || c.mix
	case scan.Source, scan.Config, scan.Doc:
		return c.public != nil && !f.Ignored && !c.inBuildOutput(f.Path)
	}
	return false
}

func (c *checker) inBuildOutput(path string) bool {
	for _, g := range c.buildOutput {
		if g.Match(path) {
			return true
		}
	}
	return false
}

// Local: every finding is in the file checked (an env file, or the source
// naming a variable).
func (*checker) Local() {}

// Check reports the findings of one file.
func (c *checker) Check(p *scan.Project, f *scan.File, src []byte, emit func(rules.Finding)) {
	if f.Kind != scan.Env {
		c.checkReferences(p, f, src, emit)
		return
	}
	vars := p.EnvVars(f, src)
	if c.public != nil {
		c.checkPublicVars(p, vars, emit)
	}
	if c.ignore != nil {
		c.checkNotIgnored(p, f, vars, emit)
	}
	if c.mix {
		checkKeyMix(p, f, vars, emit)
	}
}

func namePos(v *dotenv.Var) rules.Position {
	return rules.Position{Line: v.Line, Column: v.Col, EndLine: v.Line, EndColumn: v.Col + len(v.Name)}
}

func valuePos(v *dotenv.Var) rules.Position {
	return rules.Position{Line: v.ValueLine, Column: v.ValueCol, EndLine: v.EndLine, EndColumn: v.EndCol}
}
