// Package history finds Clerk secret keys and webhook signing secrets in a
// repository's past (CLK011): every line that a reachable commit added, so a
// key committed once and deleted later is still found. A deleted key is in
// every clone and fork, and must be rotated.
//
// The history comes from `git log -p`, parsed by go-gitdiff (the parser
// gitleaks' git source uses), streamed one file diff at a time so memory
// stays bounded on any history length. Git runs with the scanned
// repository's configuration defused: no hooks, pager, external diff,
// textconv, fsmonitor, signature verification or network transport, and
// neither system config nor credential prompts. Credentials are judged by
// analyzers/files/secrets, as in files.
package history

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"

	"github.com/gitleaks/go-gitdiff/gitdiff"

	"github.com/clerklint/clerklint/analyzers/files/secrets"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Engine names CLK011 for the rule set: it has no file checker, because the
// scan command runs the history scan itself (--history).
var Engine = scan.Engine{Name: "history", IDs: []string{ruleid.SecretInGitHistory}}

// Request is one history scan.
type Request struct {
	// Root is the scanned directory: its history is read (pathspec "."),
	// and paths are relative to it.
	Root string
	// Since, when set, limits the scan to commits not reachable from this
	// revision (what was committed after it).
	Since string
	// Project gives the detector context: whether the project uses Clerk and
	// the exact values of its secret env variables.
	Project *scan.Project
	Text    *secrets.Text
}

// Result is what a history scan found.
type Result struct {
	Findings []rules.Finding
	// Errors make the scan incomplete: the log could not be read to its end.
	Errors []scan.FileError
	// Commits is the number of commits whose changes were read.
	Commits int
}

// maxAdded bounds the added text of one file in one commit that is scanned:
// larger diffs are generated files (bundles, lock files, data dumps).
const maxAdded = 8 << 20

// safeConfig overrides whatever the scanned repository configures for the
// programs and connections `git log -p` and `git grep` could start.
var safeConfig = []string{
	"core.hooksPath=/dev/null",
	"core.fsmonitor=false",
	"core.pager=cat",
	"diff.external=",
	"log.showSignature=false",
	"protocol.allow=never",
	"core.quotePath=true",
}

// gitCmd builds a git command run in dir with the repository's dangerous
// settings overridden and no system config, prompts or lazy fetching.
func gitCmd(ctx context.Context, dir string, args ...string) *exec.Cmd {
	full := []string{"--no-pager", "-C", dir}
	for _, c := range safeConfig {
		full = append(full, "-c", c)
	}
	cmd := exec.CommandContext(ctx, "git", append(full, args...)...)
	// Inherited GIT_* variables (GIT_DIR, GIT_INDEX_FILE when run from a
	// hook, GIT_CONFIG_PARAMETERS) would point git elsewhere or reconfigure it.
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GIT_") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env,
		"GIT_CONFIG_NOSYSTEM=1", "GIT_TERMINAL_PROMPT=0", "GIT_PAGER=cat", "PAGER=cat",
		"GIT_NO_LAZY_FETCH=1", "GIT_OPTIONAL_LOCKS=0", "GIT_EXTERNAL_DIFF=", "LC_ALL=C")
	return cmd
}

// Scan reads the history and returns one finding per credential and path,
// at the oldest commit that added it there.
func Scan(ctx context.Context, req Request) (*Result, error) {
	if out, err := gitCmd(ctx, req.Root, "rev-parse", "--is-inside-work-tree").Output(); err != nil || strings.TrimSpace(string(out)) != "true" {
		return nil, fmt.Errorf("--history: %s is not inside a git work tree", req.Root)
	}
	revs := []string{"--all"}
	if req.Since != "" {
		sha, err := resolve(ctx, req.Root, req.Since)
		if err != nil {
			return nil, err
		}
		revs = append(revs, "--not", sha)
	}
	args := append([]string{"log", "-p", "-U0", "--full-history", "--no-color", "--no-ext-diff", "--no-textconv",
		"--no-decorate", "--no-show-signature", "--pretty=medium", "--date=iso-strict", "--relative",
		"--src-prefix=a/", "--dst-prefix=b/", "--no-merges"}, revs...)
	args = append(args, "--", ".")
	cmd := gitCmd(ctx, req.Root, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	var stderr bytes.Buffer
	cmd.Stderr = &limitedWriter{w: &stderr, n: 4096}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("--history: start git: %w", err)
	}
	res := &Result{}
	files, err := gitdiff.Parse(stdout)
	if err != nil {
		_, _ = io.Copy(io.Discard, stdout)
		_ = cmd.Wait()
		return nil, fmt.Errorf("--history: read git log: %w", err)
	}
	acc := newAccumulator()
	lastSHA := ""
	for f := range files {
		if f.PatchHeader != nil && f.PatchHeader.SHA != lastSHA {
			lastSHA = f.PatchHeader.SHA
			res.Commits++
		}
		acc.file(req, f)
	}
	// The parser stops at input it cannot read; git must not be left
	// blocked on a full pipe, and what was not parsed is a gap.
	rest, _ := io.Copy(io.Discard, stdout)
	werr := cmd.Wait()
	switch {
	case werr != nil && ctx.Err() != nil:
		return nil, ctx.Err()
	case werr != nil:
		res.Errors = append(res.Errors, scan.FileError{Path: ".", Message: fmt.Sprintf("git history could not be read to its end: %v: %s", werr, strings.TrimSpace(stderr.String()))})
	case rest > 0:
		res.Errors = append(res.Errors, scan.FileError{Path: ".", Message: fmt.Sprintf("git history parsed only partly: the diff after commit %s could not be read (%d bytes left)", short(lastSHA), rest)})
	}
	res.Errors = append(res.Errors, acc.skipped...)
	present, perr := presentAtHead(ctx, req.Root, acc.secrets())
	if perr != nil {
		res.Errors = append(res.Errors, scan.FileError{Path: ".", Message: "could not tell which keys are still at HEAD: " + perr.Error()})
	}
	res.Findings = acc.findings(present, perr == nil)
	return res, nil
}

// resolve turns --since into a commit id, refusing anything git would read
// as an option.
func resolve(ctx context.Context, root, rev string) (string, error) {
	if strings.HasPrefix(rev, "-") {
		return "", fmt.Errorf("--since %q: not a revision", rev)
	}
	out, err := gitCmd(ctx, root, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}").Output()
	if err != nil {
		return "", fmt.Errorf("--since %q: no such commit in %s", rev, root)
	}
	return strings.TrimSpace(string(out)), nil
}

// occurrence is where a credential was added to one path.
type occurrence struct {
	secret, path, rule string
	sha                string
	date               time.Time
	line, col          int
}

// accumulator keeps one occurrence per credential and path; git log lists
// the newest commit first, so the last seen is the oldest. Its size is
// bounded by the number of distinct credentials, not by the history.
type accumulator struct {
	seen    map[[2]string]*occurrence
	skipped []scan.FileError
}

func newAccumulator() *accumulator { return &accumulator{seen: map[[2]string]*occurrence{}} }

func (a *accumulator) file(req Request, f *gitdiff.File) {
	if f.IsBinary || f.IsDelete || len(f.TextFragments) == 0 || skippedPath(f.NewName) {
		return
	}
	var src []byte
	var lines []int // line number in the new file of each line of src
	for _, frag := range f.TextFragments {
		n := int(frag.NewPosition)
		for _, l := range frag.Lines {
			if l.Op == gitdiff.OpAdd {
				src = append(src, l.Line...)
				if !strings.HasSuffix(l.Line, "\n") {
					src = append(src, '\n')
				}
				lines = append(lines, n)
			}
			if l.New() {
				n++
			}
		}
		if len(src) > maxAdded {
			return // generated content; the file at HEAD is scanned as usual
		}
	}
	if len(src) == 0 {
		return
	}
	var sha string
	var date time.Time
	if f.PatchHeader != nil {
		sha, date = f.PatchHeader.SHA, f.PatchHeader.AuthorDate
	}
	for _, h := range req.Text.Find(req.Project, f.NewName, src) {
		if h.Line < 1 || h.Line > len(lines) {
			continue
		}
		k := [2]string{h.Secret, f.NewName}
		a.seen[k] = &occurrence{secret: h.Secret, path: f.NewName, rule: h.Rule, sha: sha, date: date, line: lines[h.Line-1], col: h.Column}
	}
}

// skippedPath: dependency and cache folders the tree walk skips too.
func skippedPath(p string) bool {
	for _, part := range strings.Split(p, "/") {
		for _, d := range scan.DefaultSkipDirs {
			if part == d {
				return true
			}
		}
	}
	return false
}

func (a *accumulator) secrets() []string {
	set := map[string]bool{}
	for _, o := range a.seen {
		set[o.secret] = true
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func (a *accumulator) findings(present map[string]bool, known bool) []rules.Finding {
	out := make([]rules.Finding, 0, len(a.seen))
	for _, o := range a.seen {
		what := "clerk secret key"
		if o.rule == ruleid.HardcodedWebhookSecret {
			what = "webhook signing secret"
		}
		state := "and no longer at HEAD (deleted, or only on another branch), but every clone still has it: rotate it"
		switch {
		case !known:
			state = "(whether it is still at HEAD is unknown): rotate it"
		case present[o.secret]:
			state = "and still present at HEAD: rotate it and remove it"
		}
		when := "an unknown date"
		if !o.date.IsZero() {
			when = o.date.UTC().Format("2006-01-02")
		}
		out = append(out, rules.Finding{
			RuleID:    ruleid.SecretInGitHistory,
			Position:  rules.Position{File: o.path, Line: o.line, Column: o.col, EndLine: o.line, EndColumn: o.col + len(o.secret)},
			Message:   fmt.Sprintf("%s %s added to git history in commit %s (%s) %s", what, keys.Redact(o.secret), short(o.sha), when, state),
			Secret:    o.secret,
			Construct: "history:" + o.sha,
		})
	}
	sort.Slice(out, func(i, j int) bool { return rules.CompareFindings(out[i], out[j]) < 0 })
	return out
}

func short(sha string) string {
	if len(sha) > 12 {
		return sha[:12]
	}
	if sha == "" {
		return "(unknown)"
	}
	return sha
}

// presentAtHead lists which of the credentials the HEAD commit still holds
// under the root. The credentials go to git on stdin, never on its command
// line.
func presentAtHead(ctx context.Context, root string, secrets []string) (map[string]bool, error) {
	present := map[string]bool{}
	if len(secrets) == 0 {
		return present, nil
	}
	cmd := gitCmd(ctx, root, "grep", "-F", "-o", "-h", "-I", "--no-color", "--no-textconv", "-f", "-", "HEAD", "--", ".")
	cmd.Stdin = strings.NewReader(strings.Join(secrets, "\n") + "\n")
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) { // 1: no match
		return nil, err
	}
	for _, l := range strings.Split(string(out), "\n") {
		if l != "" {
			present[l] = true
		}
	}
	return present, nil
}

// limitedWriter keeps the first n bytes of git's stderr for the message.
type limitedWriter struct {
	w *bytes.Buffer
	n int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if room := l.n - l.w.Len(); room > 0 {
		l.w.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}
