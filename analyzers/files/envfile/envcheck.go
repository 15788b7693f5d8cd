package envfile

import (
	"fmt"
	"strings"

	"github.com/clerklint/clerklint/analyzers/files/dotenv"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// checkPublicVars reports CLK003 in an env file: a public variable that holds a
// Clerk secret by its name, by its value, or by interpolating a secret variable.
// The name alone is the bug, so templates and empty values are reported too.
func (c *checker) checkPublicVars(p *scan.Project, vars []dotenv.Var, emit func(rules.Finding)) {
	for i := range vars {
		v := &vars[i]
		prefix := c.public.publicPrefix(v.Name)
		if prefix == "" {
			continue
		}
		fd := rules.Finding{RuleID: ruleid.SecretInPublicEnvVar, Position: namePos(v), Construct: v.Name}
		server := c.public.serverName(v.Name)
		what := secretValueKind(v.Name, v.Value, p.UsesClerk())
		if what != "" {
			fd.Secret = v.Value
		}
		switch {
		case c.public.secretPart(v.Name) != "":
			fd.Message = publicNameMessage(v.Name, prefix, server)
			if fd.Secret != "" {
				fd.Message += fmt.Sprintf(", and rotate the key it holds (%s)", keys.Redact(v.Value))
			}
		case fd.Secret != "":
			fd.Message = fmt.Sprintf("public env var %s holds a %s (%s): bundlers inline %s variables into browser code; move it to a server-only variable such as %s and rotate it",
				v.Name, what, keys.Redact(v.Value), prefix, suggestedName(v.Value))
		default:
			ref := c.public.referencedSecret(v.Value)
			if ref == "" {
				continue
			}
			fd.Message = fmt.Sprintf("public env var %s is set from %s, so bundlers inline that secret into browser code: read %s only in server code",
				v.Name, ref, ref)
		}
		emit(fd)
	}
}

// secretValueKind names the Clerk credential a value is, whatever its variable
// is called, or "" for anything else (placeholders included).
// publicNameMessage is CLK003's message for a public name given to a secret;
// it does not say the variable holds one, since templates leave it empty.
func publicNameMessage(name, prefix, server string) string {
	return fmt.Sprintf("public env var %s is named for a Clerk secret, and bundlers inline %s variables into browser code: rename it to %s and read it only in server code",
		name, prefix, server)
}

func secretValueKind(name, value string, usesClerk bool) string {
	switch {
	case secretKey(name, value, usesClerk) != 0:
		return "Clerk secret key"
	case webhookSecret(name, value):
		return "webhook signing secret"
	}
	return ""
}

func suggestedName(value string) string {
	if strings.HasPrefix(value, "whsec_") {
		return "CLERK_WEBHOOK_SIGNING_SECRET"
	}
	return "CLERK_SECRET_KEY"
}

// referencedSecret returns the secret variable a value interpolates ($NAME or
// ${NAME}, as dotenv-expand and docker compose do), or "".
func (n *names) referencedSecret(value string) string {
	for i := 0; i < len(value); i++ {
		if value[i] != '$' {
			continue
		}
		j := i + 1
		if j < len(value) && value[j] == '{' {
			j++
		}
		k := j
		for k < len(value) && (isAlnumByte(value[k]) || value[k] == '_') {
			k++
		}
		if name := value[j:k]; name != "" && n.secretPart(name) != "" {
			return name
		}
	}
	return ""
}

// checkNotIgnored reports CLK007: a real secret in a non-template env file that
// git tracks or would pick up on the next `git add`. An ignored, untracked file
// is the correct place for secrets and stays silent.
func (c *checker) checkNotIgnored(p *scan.Project, f *scan.File, vars []dotenv.Var, emit func(rules.Finding)) {
	if dotenv.IsTemplateName(f.Base()) {
		return // templates are meant to be committed; a real key in one is CLK001's
	}
	tracked := p.Git && f.Tracked
	if f.Ignored && !tracked {
		return
	}
	for i := range vars {
		v := &vars[i]
		what := secretValueKind(v.Name, v.Value, p.UsesClerk())
		if what == "" && c.ignore.secretPart(v.Name) != "" && genericSecret(v.Value) {
			what = "Clerk secret"
		}
		if what == "" {
			continue
		}
		fd := rules.Finding{RuleID: ruleid.EnvFileNotIgnored, Position: valuePos(v), Secret: v.Value, Construct: v.Name}
		if tracked {
			fd.Message = fmt.Sprintf("env file %s holds a %s in %s and is tracked by git: run `git rm --cached %s`, add it to .gitignore and rotate the secret",
				f.Path, what, v.Name, f.Path)
		} else {
			fd.Message = fmt.Sprintf("env file %s holds a %s in %s but .gitignore does not ignore it: add it to .gitignore (e.g. `.env*` with `!.env.example`) before the next `git add`",
				f.Path, what, v.Name)
		}
		emit(fd)
	}
}

// clerkKey is a real Clerk key found in an env file.
type clerkKey struct {
	v      *dotenv.Var
	inst   keys.Instance
	secret bool // sk_ rather than pk_
}

func (k clerkKey) prefix() string {
	return prefixFor(k.inst, k.secret)
}

func (k clerkKey) kind() string {
	if k.secret {
		return "secret key"
	}
	return "publishable key"
}

func (k clerkKey) finding(msg string) rules.Finding {
	fd := rules.Finding{RuleID: ruleid.TestLiveKeyMix, Position: valuePos(k.v), Construct: k.v.Name + "=" + k.prefix(), Message: msg}
	if k.secret {
		fd.Secret = k.v.Value
	}
	return fd
}

// checkKeyMix reports CLK009: development keys in a production env file, and a
// publishable key and secret key of different instances in one file. A file
// that deliberately holds both instances' keys (pk_test_ and pk_live_ side by
// side) is not a mix.
func checkKeyMix(p *scan.Project, f *scan.File, vars []dotenv.Var, emit func(rules.Finding)) {
	var pks, sks []clerkKey
	for i := range vars {
		v := &vars[i]
		if inst := publishableKey(v.Value); inst != 0 {
			pks = append(pks, clerkKey{v: v, inst: inst})
		} else if inst := secretKey(v.Name, v.Value, p.UsesClerk()); inst != 0 {
			sks = append(sks, clerkKey{v: v, inst: inst, secret: true})
		}
	}
	pkInst, pkOne := single(pks)
	skInst, skOne := single(sks)
	mixed := pkOne && skOne && pkInst != skInst

	if dotenv.IsProductionName(f.Base()) {
		for _, k := range append(append([]clerkKey(nil), pks...), sks...) {
			if k.inst != keys.Development {
				continue
			}
			msg := fmt.Sprintf("development %s (%s) in production env file %s (%s): use the %s key of your production instance",
				k.kind(), k.prefix(), f.Path, k.v.Name, prefixFor(keys.Production, k.secret))
			if mixed {
				other := sks[0]
				if k.secret {
					other = pks[0]
				}
				msg += fmt.Sprintf("; it also does not match the %s key in %s", other.prefix(), other.v.Name)
			}
			emit(k.finding(msg))
		}
		return
	}
	if !mixed {
		return
	}
	first, second := pks[0], sks[0]
	if before(second.v, first.v) {
		first, second = second, first
	}
	emit(second.finding(fmt.Sprintf("%s %s (%s) does not match %s %s (%s): keys of different Clerk instances make sessions fail with an infinite redirect loop; use the pk_/sk_ pair of one instance",
		second.kind(), second.v.Name, second.prefix(), first.kind(), first.v.Name, first.prefix())))
}

func prefixFor(i keys.Instance, secret bool) string {
	if secret {
		return secretPrefix(i)
	}
	return publishablePrefix(i)
}

// single reports the one instance all keys belong to; ok is false when there
// are no keys or keys of both instances.
func single(ks []clerkKey) (keys.Instance, bool) {
	if len(ks) == 0 {
		return 0, false
	}
	for _, k := range ks[1:] {
		if k.inst != ks[0].inst {
			return 0, false
		}
	}
	return ks[0].inst, true
}

func before(a, b *dotenv.Var) bool {
	return a.ValueLine < b.ValueLine || a.ValueLine == b.ValueLine && a.ValueCol < b.ValueCol
}
