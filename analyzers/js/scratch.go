package js

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
)

// scratchVerbs are the fs calls that create or remove a file or directory
// at the path of their first argument (rename: both of its first two).
var scratchVerbs = set("unlink", "unlinkSync", "rm", "rmSync", "rmdir", "rmdirSync", "writeFile", "writeFileSync",
	"appendFile", "appendFileSync", "mkdir", "mkdirSync", "rename", "renameSync")

// scratchCall reports an fs call of scratchVerbs (or a converter's write,
// converterWrites) whose every path is the handler's own scratch file (tempPath): the upload's temp file, a file
// under the system temp directory or a fresh mkdtemp directory. Removing or
// writing such a file is the request's own bookkeeping, which changes
// nothing a signed-in user owns; a path the caller names (the body, the
// params, the query) is no scratch file, even under os.tmpdir().
func scratchCall(t *Tree, decls *declIndex, call *sitter.Node, c Callee, as []*sitter.Node) bool {
	if len(c.Path) == 0 && c.Root == "" {
		return false
	}
	last := c.Root
	if len(c.Path) > 0 {
		last = c.Path[len(c.Path)-1]
	}
	if (!scratchVerbs[last] && !converterWrites[last]) || len(as) == 0 {
		return false
	}
	paths := as[:1]
	if strings.HasPrefix(last, "rename") {
		if len(as) < 2 {
			return false
		}
		paths = as[:2] // moving the upload elsewhere keeps it: the target must be scratch too
	}
	for _, p := range paths {
		if !tempPath(t, decls, p, 0) && !(removeVerbs[last] && wroteBefore(t, decls, call, p)) {
			return false
		}
	}
	return true
}

// converterWrites are the methods of a media converter's chain that
// write its output at the path of their first argument (fluent-ffmpeg's
// save and output, sharp's toFile); the effect scan asks that the chain
// is one of those packages' (effectScan.converterCall).
var converterWrites = set("save", "output", "toFile")

// removeVerbs are the scratchVerbs that delete.
var removeVerbs = set("unlink", "unlinkSync", "rm", "rmSync", "rmdir", "rmdirSync")

// writeVerbs write a file at the path of their first argument: fs's
// writers and write streams, and the save or toFile of a converter or an
// image library (ffmpeg(…).save(out), sharp(…).toFile(out)).
var writeVerbs = set("writeFile", "writeFileSync", "createWriteStream", "save", "toFile", "output")

// wroteBefore: the path is a const the server builds (serverPath) that a
// call before the removal, in the same body, wrote (writeVerbs): removing
// the file the handler itself just wrote is its cleanup; the write is the
// effect, judged where it is made.
func wroteBefore(t *Tree, d *declIndex, call, p *sitter.Node) bool {
	p = unwrap(p)
	if p == nil || p.Type() != "identifier" {
		return false
	}
	name := t.Text(p)
	init := constInit(t, d, name)
	if init == nil || !serverPath(t, d, init, 0) {
		return false
	}
	found := false
	Walk(d.body, func(n *sitter.Node) bool {
		if found || n.StartByte() >= call.StartByte() {
			return false
		}
		if n.Type() != "call_expression" {
			return true
		}
		c := CalleeOf(t, n)
		last := c.Root
		if len(c.Path) > 0 {
			last = c.Path[len(c.Path)-1]
		}
		if as := args(n); writeVerbs[last] && len(as) > 0 {
			if a := unwrap(as[0]); a.Type() == "identifier" && t.Text(a) == name {
				found = true
			}
		}
		return !found
	})
	return found
}

// serverPath: a path the server builds without the request: a temp path,
// or a join, template or sum of literals without "..", the module's
// directory (__dirname), process.cwd() and server-made ids.
func serverPath(t *Tree, d *declIndex, n *sitter.Node, depth int) bool {
	n = unwrap(n)
	if n == nil || depth > maxScratchDepth {
		return false
	}
	if tempPath(t, d, n, depth) || innocuous(t, d, n, depth) {
		return true
	}
	if n.Type() == "call_expression" {
		c := CalleeOf(t, n)
		last := c.Root
		if len(c.Path) > 0 {
			last = c.Path[len(c.Path)-1]
		}
		if (last == "join" || last == "resolve") && (len(c.Path) == 0 || c.Root == "path") {
			for _, a := range args(n) {
				if !serverPath(t, d, a, depth+1) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// maxScratchDepth bounds how many locals and path joins tempPath follows.
const maxScratchDepth = 6

// tempPath: a path expression rooted at a temp file or directory the
// request owns: an upload's temp path (req.file.path, req.files.audio[0].path,
// a const holding req.file, express-fileupload's tempFilePath, formidable's
// filepath), os.tmpdir(), a mkdtemp result; or one of those joined
// (path.join, a template, +) with parts that cannot leave it: literals
// without "..", ids and timestamps the server makes.
func tempPath(t *Tree, d *declIndex, n *sitter.Node, depth int) bool {
	n = unwrap(n)
	if n == nil || depth > maxScratchDepth {
		return false
	}
	switch n.Type() {
	case "identifier":
		init := constInit(t, d, t.Text(n))
		return init != nil && tempPath(t, d, init, depth+1)
	case "member_expression", "subscript_expression":
		return uploadPath(t, d, n, depth)
	case "call_expression":
		c := CalleeOf(t, n)
		last := c.Root
		if len(c.Path) > 0 {
			last = c.Path[len(c.Path)-1]
		}
		as := args(n)
		switch {
		case last == "tmpdir" && len(as) == 0 && (len(c.Path) == 0 || c.Root == "os"):
			return true
		case last == "mkdtemp" || last == "mkdtempSync":
			return true // a directory made new for this request
		case (last == "join" || last == "resolve") && (len(c.Path) == 0 || c.Root == "path") && len(as) > 0:
			return tempPath(t, d, as[0], depth+1) && innocuousAll(t, d, as[1:], depth+1)
		}
	case "template_string":
		first := true
		for i := 0; i < int(n.NamedChildCount()); i++ {
			part := n.NamedChild(i)
			if part.Type() != "template_substitution" || part.NamedChildCount() != 1 {
				if part.Type() == "string_fragment" && strings.Contains(t.Text(part), "..") {
					return false
				}
				continue
			}
			e := part.NamedChild(0)
			if first {
				if part.StartByte() != n.StartByte()+1 || !tempPath(t, d, e, depth+1) {
					return false // the temp root leads: `${tmp}/x`, not `uploads/${tmp}`
				}
				first = false
			} else if !innocuous(t, d, e, depth+1) {
				return false
			}
		}
		return !first
	case "binary_expression":
		if op := n.ChildByFieldName("operator"); op != nil && t.Text(op) == "+" {
			return tempPath(t, d, n.ChildByFieldName("left"), depth+1) && innocuous(t, d, n.ChildByFieldName("right"), depth+1)
		}
	}
	return false
}

// uploadPath: a member chain ending in an upload's temp path property read
// from the request's file or files (multer's req.file.path), or from a
// const holding one of them.
func uploadPath(t *Tree, d *declIndex, n *sitter.Node, depth int) bool {
	prop := n.ChildByFieldName("property")
	if prop == nil || !tempProps[t.Text(prop)] {
		return false
	}
	return uploadObject(t, d, n.ChildByFieldName("object"), depth)
}

// tempProps name an uploaded file's path on disk: multer's path,
// formidable's filepath, express-fileupload's tempFilePath.
var tempProps = set("path", "filepath", "tempFilePath")

// uploadObject: req.file, req.files, req.files.audio[0], or a const
// holding one of them: the files a multipart parser stored for this
// request. A chain through the body, params or query is the caller's
// value, not the parser's.
func uploadObject(t *Tree, d *declIndex, n *sitter.Node, depth int) bool {
	n = unwrap(n)
	if n == nil || depth > maxScratchDepth {
		return false
	}
	switch n.Type() {
	case "identifier":
		init := constInit(t, d, t.Text(n))
		return init != nil && uploadObject(t, d, init, depth+1)
	case "subscript_expression":
		return uploadObject(t, d, n.ChildByFieldName("object"), depth+1)
	case "member_expression":
		obj, prop := unwrap(n.ChildByFieldName("object")), n.ChildByFieldName("property")
		if obj == nil || prop == nil {
			return false
		}
		name := t.Text(prop)
		if callerParts[name] {
			return false
		}
		if (name == "file" || name == "files") && obj.Type() == "identifier" && requestRoots[t.Text(obj)] {
			return true // req.file, request.files
		}
		return uploadObject(t, d, obj, depth+1)
	}
	return false
}

// callerParts are the request parts the caller writes freely.
var callerParts = set("body", "params", "query", "json", "headers", "cookies", "searchParams")

// innocuousAll: every node is innocuous.
func innocuousAll(t *Tree, d *declIndex, ns []*sitter.Node, depth int) bool {
	for _, n := range ns {
		if !innocuous(t, d, n, depth) {
			return false
		}
	}
	return true
}

// innocuous: a path part the server makes that cannot climb out of the
// directory it is joined to: a literal without "..", a number, a call
// given only literals and no part of the request (Date.now(),
// randomUUID(), uuidv4()), a method of one (randomBytes(8).toString('hex')),
// a template or sum of such parts, or a const holding one.
func innocuous(t *Tree, d *declIndex, n *sitter.Node, depth int) bool {
	n = unwrap(n)
	if n == nil || depth > maxScratchDepth {
		return false
	}
	switch n.Type() {
	case "string", "number":
		return !strings.Contains(t.Text(n), "..")
	case "identifier":
		if name := t.Text(n); name == "__dirname" || name == "__filename" {
			return true // the module's own place
		}
		init := constInit(t, d, t.Text(n))
		return init != nil && innocuous(t, d, init, depth+1)
	case "template_string":
		for i := 0; i < int(n.NamedChildCount()); i++ {
			part := n.NamedChild(i)
			switch {
			case part.Type() == "template_substitution" && part.NamedChildCount() == 1:
				if !innocuous(t, d, part.NamedChild(0), depth+1) {
					return false
				}
			case strings.Contains(t.Text(part), ".."):
				return false
			}
		}
		return true
	case "binary_expression":
		return innocuous(t, d, n.ChildByFieldName("left"), depth+1) && innocuous(t, d, n.ChildByFieldName("right"), depth+1)
	case "call_expression":
		fn := unwrap(n.ChildByFieldName("function"))
		if fn == nil {
			return false
		}
		if fn.Type() == "member_expression" {
			if obj := unwrap(fn.ChildByFieldName("object")); obj != nil && obj.Type() == "call_expression" && !innocuous(t, d, obj, depth+1) {
				return false
			}
		}
		c := CalleeOf(t, n)
		if !c.Valid() && fn.Type() != "member_expression" {
			return false
		}
		if requestRoots[c.Root] {
			return false
		}
		for _, a := range args(n) {
			if a = unwrap(a); a.Type() != "string" && a.Type() != "number" {
				return false
			}
		}
		return true
	}
	return false
}

// constInit is the value a const declaration of the body gives name
// (nil for a let, a parameter or a destructured name, which the body may
// change or the caller may choose).
func constInit(t *Tree, d *declIndex, name string) *sitter.Node {
	v := d.lookup(name)
	if v == nil {
		return nil
	}
	decl := v.Parent()
	for decl != nil && decl.Type() != "variable_declarator" && unwrap(decl) != decl {
		decl = decl.Parent() // const dir = await mkdtemp(…): lookup unwrapped the await
	}
	if decl == nil || decl.Type() != "variable_declarator" {
		return nil
	}
	if nm := decl.ChildByFieldName("name"); nm == nil || t.Text(nm) != name {
		return nil
	}
	lex := decl.Parent()
	if lex == nil || lex.Type() != "lexical_declaration" || lex.ChildCount() == 0 || t.Text(lex.Child(0)) != "const" {
		return nil
	}
	return v
}
