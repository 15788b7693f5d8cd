package scan

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	gitconfig "github.com/go-git/go-git/v5/plumbing/format/config"
	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
	"github.com/go-git/go-git/v5/plumbing/format/index"

	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
)

// FindRoot returns the project root for a path: the path itself when it is a
// directory, otherwise the nearest ancestor holding .git, package.json or go.mod
// (falling back to the file's directory), so pre-commit's file lists still get
// project-level context.
func FindRoot(p string) (root string, isFile bool, err error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", false, err
	}
	// The scan follows no link, the paths it is given included: a named link
	// (a committed one, passed by pre-commit) could lead out of the project or
	// to a device that would then be skipped in silence.
	if st, err := os.Lstat(abs); err == nil && st.Mode()&os.ModeSymlink != 0 {
		return "", false, fmt.Errorf("is a symbolic link; clerklint does not follow links (name its target instead)")
	}
	abs, err = filepath.EvalSymlinks(abs)
	if err != nil {
		return "", false, err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return "", false, err
	}
	if st.IsDir() {
		return abs, false, nil
	}
	if !st.Mode().IsRegular() {
		return "", false, fmt.Errorf("is not a regular file or a directory")
	}
	dir := filepath.Dir(abs)
	for d := dir; ; {
		for _, marker := range []string{".git", "package.json", "go.mod"} {
			if _, err := os.Lstat(filepath.Join(d, marker)); err == nil {
				return d, true, nil
			}
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir, true, nil
		}
		d = parent
	}
}

// FileError is a file (or a Go module, an ignore file, the git index) the scan
// could not read or chose not to. Internal errors (a panic in an engine) make
// the whole scan fail. The others make it incomplete, which the CLI turns into
// exit 2 unless --allow-incomplete, except benign ones: files that are not
// program text (binary content under a name that does not promise text) or
// that git ignores and does not track, which are listed for the record only.
// The zero value counts: a producer that forgets to judge never hides a gap.
type FileError struct {
	Path     string `json:"path"`
	Message  string `json:"message"`
	Internal bool   `json:"internal,omitempty"`
	Benign   bool   `json:"benign,omitempty"`
}

// Incomplete reports whether the scan missed something it should have read.
func (e FileError) Incomplete() bool { return !e.Benign }

func (e FileError) Error() string { return e.Path + ": " + e.Message }

// walker builds the file list with git status.
type walker struct {
	root    string
	opts    Options
	maxSize int64
	// skipNames are directory base names never entered (DefaultSkipDirs): a map
	// lookup, because globs on every directory of a large tree cost more than
	// reading its files. skipDirs are the user's globs.
	skipNames map[string]bool
	skipDirs  []rules.Glob
	// patterns accumulated per directory (slash path relative to root, "" = root).
	patterns map[string][]gitignore.Pattern
	// above holds ignore patterns from the work tree's top down to the root's
	// parent, in top-relative paths; abovePrefix turns a root-relative path into one.
	above       []gitignore.Pattern
	abovePrefix []string
	ignoredDirs map[string]bool
	tracked     map[string]bool // relative to root
	git         bool
	// worktree is set when a git work tree encloses the root; without one,
	// nothing is known to be tracked (noIndexNotice).
	worktree bool
	files    []*File
	errs     []FileError
}

func walk(root string, opts Options) (*walker, error) {
	w := &walker{root: root, opts: opts, patterns: map[string][]gitignore.Pattern{}, ignoredDirs: map[string]bool{}}
	w.maxSize = opts.MaxFileSize
	if w.maxSize <= 0 {
		w.maxSize = DefaultMaxFileSize
	}
	w.skipNames = map[string]bool{}
	for _, d := range DefaultSkipDirs {
		w.skipNames[d] = true
	}
	w.skipDirs = opts.SkipDirs
	w.loadGit()
	err := filepath.WalkDir(root, w.visit)
	w.noIndexNotice()
	return w, err
}

// loadGit finds the enclosing work tree, reads the ignore files on the way down from
// its top to the root and the index, so "is this tracked" and "is this ignored" mean
// what git would say even when the scan root is a subdirectory.
func (w *walker) loadGit() {
	top, gitDir, commonDir := "", "", ""
	for d := w.root; ; {
		if gitDir, commonDir = findGitDir(d); gitDir != "" {
			top = d
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	var base []gitignore.Pattern
	w.worktree = top != ""
	if top != "" {
		// Lowest precedence first, as git orders them: core.excludesFile,
		// then .git/info/exclude, then the .gitignore files.
		base = append(base, w.globalExcludes()...)
		base = append(base, w.readIgnoreFile(filepath.Join(commonDir, "info", "exclude"), nil)...)
		rel, _ := filepath.Rel(top, w.root)
		rel = filepath.ToSlash(rel)
		// Ancestors between top and root (exclusive of root, which the walk reads).
		var domain []string
		if rel != "." {
			parts := strings.Split(rel, "/")
			for i := 0; i < len(parts); i++ {
				dir := filepath.Join(append([]string{top}, parts[:i]...)...)
				base = append(base, w.readIgnoreFile(filepath.Join(dir, ".gitignore"), parts[:i])...)
			}
			domain = parts
		}
		w.above, w.abovePrefix = base, domain
		indexPath := filepath.Join(gitDir, "index")
		tr, err := readIndex(indexPath)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			// Without the index, "tracked" is unknown: a committed file that
			// .gitignore also matches would pass as a local one.
			w.errs = append(w.errs, FileError{Path: w.display(indexPath), Message: "git index unreadable, tracked files unknown: " + cleanErr(err)})
		}
		if err == nil {
			w.git = true
			w.tracked = map[string]bool{}
			prefix := ""
			if rel != "." {
				prefix = rel + "/"
			}
			for name := range tr {
				if strings.HasPrefix(name, prefix) {
					w.tracked[strings.TrimPrefix(name, prefix)] = true
				}
			}
		}
	}
}

// findGitDir returns the git directory of a work tree whose top is d, and
// the common directory holding info/exclude: d/.git itself, or, for a linked
// worktree or a submodule, the directory its .git file names ("gitdir: …"),
// whose "commondir" file points at the shared one. Both are "" when d is no
// work tree's top.
func findGitDir(d string) (gitDir, commonDir string) {
	dot := filepath.Join(d, ".git")
	st, err := os.Lstat(dot)
	switch {
	case err != nil:
		return "", ""
	case st.IsDir():
		return dot, dot
	case !st.Mode().IsRegular():
		return "", ""
	}
	data, err := regular.Read(dot, maxGitFileSize)
	if err != nil {
		return "", ""
	}
	target, ok := strings.CutPrefix(strings.TrimSpace(string(data)), "gitdir:")
	if !ok {
		return "", ""
	}
	gitDir = strings.TrimSpace(target)
	if !filepath.IsAbs(gitDir) {
		gitDir = filepath.Join(d, gitDir)
	}
	if st, err := os.Stat(gitDir); err != nil || !st.IsDir() {
		return "", ""
	}
	commonDir = gitDir
	if data, err := regular.Read(filepath.Join(gitDir, "commondir"), maxGitFileSize); err == nil {
		commonDir = strings.TrimSpace(string(data))
		if !filepath.IsAbs(commonDir) {
			commonDir = filepath.Join(gitDir, commonDir)
		}
	}
	return gitDir, commonDir
}

// maxGitFileSize caps the one-line pointer files of linked worktrees.
const maxGitFileSize = 4 << 10

// noIndexNotice lists, when the root is in no git work tree (an exported
// archive, a CI workspace without .git), the files that only a .gitignore
// makes uncommitted. Outside git "tracked" is unknown: a file an archive
// holds although its .gitignore matches it was force-committed in the
// original repository, or made locally after extraction, and clerklint
// cannot tell which. The .gitignore still decides, as `git add` would (a key
// there is not reported as a leak, a source file there is not modelled), but
// never silently: one benign notice names how many and some of them. In a
// git work tree the index decides and nothing is listed.
func (w *walker) noIndexNotice() {
	if w.worktree {
		return
	}
	var hidden []string
	for _, f := range w.files {
		if f.Ignored {
			hidden = append(hidden, f.Path)
		}
	}
	if len(hidden) == 0 {
		return
	}
	some := hidden[:min(len(hidden), 3)]
	more := ""
	if len(hidden) > len(some) {
		more = ", …"
	}
	w.errs = append(w.errs, FileError{
		Path: ".",
		Message: fmt.Sprintf("no git work tree: %d %s matched by .gitignore treated as uncommitted (%s%s); scan a git clone so that committed files are known",
			len(hidden), plural(len(hidden), "file", "files"), strings.Join(some, ", "), more),
		Benign: true,
	})
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Caps on what the walk reads besides the files it scans: git's own files and
// ignore files are read whatever max-file-size says, so they are bounded here.
const (
	maxIndexSize  = 1 << 30
	maxIgnoreSize = 16 << 20
)

// readIndex reads the paths of the git index. Like every file clerklint reads
// that it did not write, it must be a regular file (a FIFO would block the
// scan, a symlink to /dev/zero would never end).
func readIndex(p string) (map[string]bool, error) {
	f, _, err := regular.Open(p, maxIndexSize)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var idx index.Index
	if err := index.NewDecoder(bufio.NewReader(io.LimitReader(f, maxIndexSize))).Decode(&idx); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	out := make(map[string]bool, len(idx.Entries))
	for _, e := range idx.Entries {
		out[e.Name] = true
	}
	return out, nil
}

// readIgnoreFile reads the patterns of a .gitignore or exclude file. One that
// cannot be read (a symlink, which git itself refuses for .gitignore, a FIFO,
// a huge file) is listed: what it ignores is unknown.
func (w *walker) readIgnoreFile(p string, domain []string) []gitignore.Pattern {
	data, err := regular.Read(p, maxIgnoreSize)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			w.errs = append(w.errs, FileError{Path: w.display(p), Message: "ignore file unreadable, what it ignores is unknown: " + cleanErr(err)})
		}
		return nil
	}
	return parseIgnore(data, domain)
}

func parseIgnore(data []byte, domain []string) []gitignore.Pattern {
	var ps []gitignore.Pattern
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ps = append(ps, gitignore.ParsePattern(line, domain))
	}
	return ps
}

// globalExcludes reads git's core.excludesFile: the setting of
// $XDG_CONFIG_HOME/git/config or ~/.gitconfig (the latter wins, as in git;
// GIT_CONFIG_GLOBAL replaces both), else $XDG_CONFIG_HOME/git/ignore, with
// XDG_CONFIG_HOME defaulting to ~/.config. A file git ignores this way is not
// about to be committed, so CLK007 must not call it unprotected. These are the
// user's own files, often symlinked by a dotfiles manager, so a symlink is
// resolved first; the target must still be a regular file of bounded size.
func (w *walker) globalExcludes() []gitignore.Pattern {
	home, _ := os.UserHomeDir()
	xdg := os.Getenv("XDG_CONFIG_HOME")
	if xdg == "" && home != "" {
		xdg = filepath.Join(home, ".config")
	}
	file := ""
	var configs []string
	if xdg != "" {
		file = filepath.Join(xdg, "git", "ignore")
		configs = append(configs, filepath.Join(xdg, "git", "config"))
	}
	if home != "" {
		configs = append(configs, filepath.Join(home, ".gitconfig"))
	}
	if g, ok := os.LookupEnv("GIT_CONFIG_GLOBAL"); ok {
		configs = []string{g}
	}
	for _, c := range configs {
		data, err := w.readUserFile(c)
		if err != nil {
			continue
		}
		cfg := gitconfig.New()
		if gitconfig.NewDecoder(bytes.NewReader(data)).Decode(cfg) != nil {
			w.errs = append(w.errs, FileError{Path: c, Message: "git config unreadable, core.excludesFile unknown", Benign: true})
			continue
		}
		if v := cfg.Section("core").Options.Get("excludesFile"); v != "" {
			if rest, ok := strings.CutPrefix(v, "~/"); ok && home != "" {
				v = filepath.Join(home, rest)
			}
			file = v
		}
	}
	if file == "" {
		return nil
	}
	data, err := w.readUserFile(file)
	if err != nil {
		return nil
	}
	return parseIgnore(data, nil)
}

// readUserFile reads a file of the user's own git setup, resolving symlinks;
// a missing file is not an error, another problem is listed as benign: without
// the user's excludes more files count as committable, so nothing is missed.
func (w *walker) readUserFile(p string) ([]byte, error) {
	real, err := filepath.EvalSymlinks(p)
	if err == nil {
		var data []byte
		if data, err = regular.Read(real, maxIgnoreSize); err == nil {
			return data, nil
		}
	}
	if !errors.Is(err, fs.ErrNotExist) {
		w.errs = append(w.errs, FileError{Path: p, Message: "git setting unreadable, what it ignores is unknown: " + cleanErr(err), Benign: true})
	}
	return nil, err
}

// display is p relative to the root, as errors show paths ("../.git/index" for
// a work tree above the root).
func (w *walker) display(p string) string {
	r, err := filepath.Rel(w.root, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

func (w *walker) rel(p string) string {
	r, _ := filepath.Rel(w.root, p)
	if r == "." {
		return ""
	}
	return filepath.ToSlash(r)
}

// ignored evaluates .gitignore semantics for a root-relative path whose parent
// directory's patterns are already loaded.
func (w *walker) ignored(rel string, isDir bool) bool {
	parent := parentOf(rel)
	parts := strings.Split(rel, "/")
	if m := gitignore.NewMatcher(w.patterns[parent]); m.Match(parts, isDir) {
		return true
	}
	if above := w.above; len(above) > 0 {
		full := append(append([]string(nil), w.abovePrefix...), parts...)
		// Patterns found below the root take precedence over those above it: only
		// consult the ones above when nothing below matched either way.
		if !w.matchedBelow(parent, parts, isDir) {
			return gitignore.NewMatcher(above).Match(full, isDir)
		}
	}
	return false
}

func (w *walker) matchedBelow(parent string, parts []string, isDir bool) bool {
	ps := w.patterns[parent]
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].Match(parts, isDir) != gitignore.NoMatch {
			return true
		}
	}
	return false
}

func (w *walker) visit(p string, d fs.DirEntry, err error) error {
	rel := w.rel(p)
	if err != nil {
		if rel == "" {
			return err
		}
		w.errs = append(w.errs, FileError{Path: rel, Message: "unreadable: " + cleanErr(err)})
		if d != nil && d.IsDir() {
			return fs.SkipDir
		}
		return nil
	}
	if d.IsDir() {
		if rel != "" {
			if w.skipNames[d.Name()] || isNestedCache(rel) {
				return fs.SkipDir
			}
			for _, g := range w.skipDirs {
				if g.Match(rel) {
					return fs.SkipDir
				}
			}
		}
		parent := parentOf(rel)
		if rel != "" && (w.ignoredDirs[parent] || w.ignored(rel, true)) {
			w.ignoredDirs[rel] = true
		}
		// A directory's patterns are its parent's plus its own .gitignore.
		var domain []string
		if rel != "" {
			domain = strings.Split(rel, "/")
		}
		own := w.readIgnoreFile(filepath.Join(p, ".gitignore"), domain)
		ps := w.patterns[parent]
		if rel == "" {
			ps = nil
		}
		if len(own) > 0 {
			ps = append(append([]gitignore.Pattern(nil), ps...), own...)
		}
		w.patterns[rel] = ps
		return nil
	}
	// Symlinks are never followed: a link to a file inside the root is scanned at its
	// real path, and a link out of the root or into a loop must not be read at all.
	if d.Type()&fs.ModeSymlink != 0 || !d.Type().IsRegular() {
		return nil
	}
	for _, g := range w.opts.Exclude {
		if g.Match(rel) {
			return nil
		}
	}
	kind, lang := classify(rel)
	if kind == Other && binaryExts[lang] {
		return nil
	}
	info, err := d.Info()
	if err != nil {
		w.errs = append(w.errs, FileError{Path: rel, Message: "unreadable: " + cleanErr(err)})
		return nil
	}
	f := &File{
		Path:    rel,
		Abs:     p,
		Kind:    kind,
		Lang:    lang,
		Size:    info.Size(),
		Ignored: w.ignoredDirs[parentOf(rel)] || w.ignored(rel, false),
		Tracked: w.tracked[rel],
		Report:  true,
	}
	w.files = append(w.files, f)
	return nil
}

// isNestedCache reports whether rel ends with one of skipNestedDirs (caches inside
// build output such as .next/cache).
func isNestedCache(rel string) bool {
	for _, n := range skipNestedDirs {
		if rel == n || strings.HasSuffix(rel, "/"+n) {
			return true
		}
	}
	return false
}

// parentOf returns the root-relative parent directory, "" for the root itself.
func parentOf(rel string) string {
	if p := path.Dir(rel); p != "." {
		return p
	}
	return ""
}

func cleanErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var re *regular.Error
	if errors.As(err, &re) {
		return re.Err.Error()
	}
	return err.Error()
}

// readFile reads a file for the engines, refusing what would only waste memory or
// mislead them: over-size files and binary content.
func (w *walker) readFile(f *File) ([]byte, *FileError) {
	if f.Size > w.maxSize {
		e := tooLarge(f, w.maxSize)
		if headIsBinary(f) {
			// Too big and not text: a model or an archive, not a gap.
			e.Message, e.Benign = e.Message+" (binary content)", f.Kind != Source && f.Kind != Env
		}
		return nil, w.judge(f, e)
	}
	src, err := regular.Read(f.Abs, w.maxSize)
	if err != nil {
		if errors.Is(err, regular.ErrTooLarge) {
			return nil, w.judge(f, tooLarge(f, w.maxSize))
		}
		return nil, w.judge(f, &FileError{Path: f.Path, Message: "unreadable: " + cleanErr(err)})
	}
	if isBinary(src) {
		// A NUL byte in a file whose name promises program text or env
		// values could be a way to hide a key from the scan, so it counts.
		return nil, w.judge(f, &FileError{Path: f.Path, Message: "binary content", Benign: f.Kind != Source && f.Kind != Env})
	}
	return src, nil
}

// judge marks e benign when f is gitignored and untracked: what git does not
// commit is read for context (local env files, build output) but its absence
// does not make the scan incomplete.
func (w *walker) judge(f *File, e *FileError) *FileError {
	if !f.Committable() {
		e.Benign = true
	}
	return e
}

func tooLarge(f *File, max int64) *FileError {
	return &FileError{Path: f.Path, Message: fmt.Sprintf("%d bytes exceeds max-file-size %d", f.Size, max)}
}

// headIsBinary applies isBinary to the first bytes of a file too large to read.
func headIsBinary(f *File) bool {
	fh, _, err := regular.Open(f.Abs, f.Size)
	if err != nil {
		return false
	}
	defer fh.Close()
	head := make([]byte, 8000)
	n, _ := io.ReadFull(fh, head)
	return isBinary(head[:n])
}

// isBinary uses git's heuristic: a NUL byte in the first 8000 bytes.
func isBinary(src []byte) bool {
	n := min(len(src), 8000)
	return bytes.IndexByte(src[:n], 0) >= 0
}
