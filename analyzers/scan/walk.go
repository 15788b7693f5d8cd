package scan

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

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
	// above holds ignore patterns from the work tree's top down to the root's
	// parent, in top-relative paths; abovePrefix turns a root-relative path into one.
	above       *ignoreSet
	abovePrefix []string
	tracked     map[string]bool // relative to root
	git         bool
	// worktree is set when a git work tree encloses the root; without one,
	// nothing is known to be tracked (noIndexNotice).
	worktree bool
	files    []*File
	errs     []FileError
}

func walk(root string, opts Options) (*walker, error) {
	w := &walker{root: root, opts: opts}
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
	err := w.walkTree()
	w.noIndexNotice()
	return w, err
}

// dirNode is one directory of the walk with what it holds in the order
// filepath.WalkDir would visit it (entries sorted by name, a subdirectory's
// contents where the subdirectory sorts), so that the walk can read
// directories in parallel and still list files and errors in one
// deterministic order.
type dirNode struct {
	rel     string // slash path relative to the root, "" for the root
	abs     string
	ignored bool // gitignored itself or inside a gitignored directory
	entries []dirEntry
	errs    []FileError
}

// dirEntry is a file or a subdirectory of a dirNode.
type dirEntry struct {
	file *File
	dir  *dirNode
}

// walkTree lists the files under the root, reading directories on up to
// GOMAXPROCS goroutines: a directory whose turn comes while every goroutine
// is busy is read by its parent's goroutine, so the walk never holds more.
// An error is returned only when the root itself cannot be read.
func (w *walker) walkTree() error {
	st, err := os.Lstat(w.root)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return fmt.Errorf("not a directory")
	}
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	root := &dirNode{abs: w.root}
	err = w.readDir(root, nil, nil, sem, &wg)
	wg.Wait()
	if err != nil {
		return err
	}
	var flatten func(n *dirNode)
	flatten = func(n *dirNode) {
		w.errs = append(w.errs, n.errs...)
		for _, e := range n.entries {
			if e.file != nil {
				w.files = append(w.files, e.file)
			} else {
				flatten(e.dir)
			}
		}
	}
	flatten(root)
	return nil
}

// readDir reads directory n, whose parent's patterns are lines (compiled as
// set), and hands its subdirectories to free goroutines or reads them itself.
// A directory's patterns are its parent's plus its own .gitignore's.
func (w *walker) readDir(n *dirNode, lines []ignoreLine, set *ignoreSet, sem chan struct{}, wg *sync.WaitGroup) error {
	var domain []string
	if n.rel != "" {
		domain = strings.Split(n.rel, "/")
	}
	if own := w.readIgnoreFile(filepath.Join(n.abs, ".gitignore"), domain, &n.errs); len(own) > 0 {
		lines = append(slices.Clip(lines), own...)
		set = newIgnoreSet(lines)
	}
	ents, err := os.ReadDir(n.abs)
	if err != nil {
		if n.rel == "" {
			return err
		}
		n.errs = append(n.errs, FileError{Path: n.rel, Message: "unreadable: " + cleanErr(err)})
		return nil
	}
	for _, d := range ents {
		rel := d.Name()
		if n.rel != "" {
			rel = n.rel + "/" + rel
		}
		abs := filepath.Join(n.abs, d.Name())
		if !d.IsDir() {
			if f, ferr := w.file(n, set, rel, abs, d); ferr != nil {
				n.errs = append(n.errs, *ferr)
			} else if f != nil {
				n.entries = append(n.entries, dirEntry{file: f})
			}
			continue
		}
		if w.skipDir(rel, d.Name()) {
			continue
		}
		c := &dirNode{rel: rel, abs: abs, ignored: n.ignored || w.ignored(set, rel, true)}
		n.entries = append(n.entries, dirEntry{dir: c})
		select {
		case sem <- struct{}{}:
			wg.Add(1)
			go func() {
				defer func() { <-sem; wg.Done() }()
				w.readDir(c, lines, set, sem, wg)
			}()
		default:
			w.readDir(c, lines, set, sem, wg)
		}
	}
	return nil
}

// skipDir reports whether a directory is never entered: a DefaultSkipDirs
// name (a map lookup: globs on every directory of a large tree cost more
// than reading its files), a cache inside build output, a skip-dirs glob.
func (w *walker) skipDir(rel, name string) bool {
	if w.skipNames[name] || isNestedCache(rel) {
		return true
	}
	for _, g := range w.skipDirs {
		if g.Match(rel) {
			return true
		}
	}
	return false
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
	var base []ignoreLine
	w.worktree = top != ""
	if top != "" {
		// Lowest precedence first, as git orders them: core.excludesFile,
		// then .git/info/exclude, then the .gitignore files.
		base = append(base, w.globalExcludes()...)
		base = append(base, w.readIgnoreFile(filepath.Join(commonDir, "info", "exclude"), nil, &w.errs)...)
		rel, _ := filepath.Rel(top, w.root)
		rel = filepath.ToSlash(rel)
		// Ancestors between top and root (exclusive of root, which the walk reads).
		var domain []string
		if rel != "." {
			parts := strings.Split(rel, "/")
			for i := 0; i < len(parts); i++ {
				dir := filepath.Join(append([]string{top}, parts[:i]...)...)
				base = append(base, w.readIgnoreFile(filepath.Join(dir, ".gitignore"), parts[:i], &w.errs)...)
			}
			domain = parts
		}
		if len(base) > 0 {
			w.above = newIgnoreSet(base)
		}
		w.abovePrefix = domain
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
// a huge file) is listed in errs: what it ignores is unknown.
func (w *walker) readIgnoreFile(p string, domain []string, errs *[]FileError) []ignoreLine {
	data, err := regular.Read(p, maxIgnoreSize)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			*errs = append(*errs, FileError{Path: w.display(p), Message: "ignore file unreadable, what it ignores is unknown: " + cleanErr(err)})
		}
		return nil
	}
	return parseIgnore(data, domain)
}

func parseIgnore(data []byte, domain []string) []ignoreLine {
	var ps []ignoreLine
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ps = append(ps, newIgnoreLine(line, domain))
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
func (w *walker) globalExcludes() []ignoreLine {
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

// ignored evaluates .gitignore semantics for a root-relative path: the
// last matching pattern of its directory's .gitignore files (set) decides,
// and the patterns above the root only when none of those matched either
// way, as they have lower precedence.
func (w *walker) ignored(set *ignoreSet, rel string, isDir bool) bool {
	parts := strings.Split(rel, "/")
	switch set.match(parts, isDir) {
	case gitignore.Exclude:
		return true
	case gitignore.Include:
		return false
	}
	if w.above == nil {
		return false
	}
	full := append(append([]string(nil), w.abovePrefix...), parts...)
	return w.above.match(full, isDir) == gitignore.Exclude
}

// file lists a non-directory entry of directory n: nil for what the walk
// never reads (links, special files, excluded paths, binary extensions).
func (w *walker) file(n *dirNode, set *ignoreSet, rel, abs string, d fs.DirEntry) (*File, *FileError) {
	// Symlinks are never followed: a link to a file inside the root is scanned at its
	// real path, and a link out of the root or into a loop must not be read at all.
	if d.Type()&fs.ModeSymlink != 0 || !d.Type().IsRegular() {
		return nil, nil
	}
	for _, g := range w.opts.Exclude {
		if g.Match(rel) {
			return nil, nil
		}
	}
	kind, lang := classify(rel)
	if kind == Other && binaryExts[lang] {
		return nil, nil
	}
	info, err := d.Info()
	if err != nil {
		return nil, &FileError{Path: rel, Message: "unreadable: " + cleanErr(err)}
	}
	return &File{
		Path:    rel,
		Abs:     abs,
		Kind:    kind,
		Lang:    lang,
		Size:    info.Size(),
		Ignored: n.ignored || w.ignored(set, rel, false),
		Tracked: w.tracked[rel],
		Report:  true,
	}, nil
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
