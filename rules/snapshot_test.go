package rules

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

var update = flag.Bool("update", false, "rewrite builtin_snapshot.go from rules/clerk.yaml")

const snapshotPath = "builtin_snapshot.go"

// TestBuiltinSnapshot keeps builtin_snapshot.go equal to a parse of the
// embedded YAML, and proves that loading it gives the validated set that
// parse gives: a rule edited in rules/clerk.yaml fails here until
// `go test ./rules -update` regenerates the snapshot (until then the
// process parses the YAML, since the file hashes differ).
func TestBuiltinSnapshot(t *testing.T) {
	names, err := builtinNames()
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := parseBuiltin(names)
	if err != nil {
		t.Fatal(err)
	}
	want, err := generateSnapshot(parsed, names)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(snapshotPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(snapshotPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is out of date with rules/clerk.yaml; run: go test ./rules -update", snapshotPath)
	}
	loaded, ok := builtinSnapshot.load(names)
	if !ok {
		t.Fatal("the snapshot does not load from the embedded files it was made from")
	}
	for i, r := range parsed.All() {
		if l := loaded.All()[i]; !reflect.DeepEqual(l, r) {
			t.Errorf("rule %s: the snapshot's differs from the YAML's:\n%+v\n%+v", r.ID, l, r)
		}
	}
	if !reflect.DeepEqual(loaded, parsed) {
		t.Error("the snapshot's set differs from the YAML's (checklist items or stacks)")
	}
}

// TestStaleSnapshotNotUsed: edited YAML is parsed, never answered from a
// snapshot of other text.
func TestStaleSnapshotNotUsed(t *testing.T) {
	names, err := builtinNames()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := builtinSnapshot.load(names); !ok {
		t.Fatal("the snapshot did not load from its own files")
	}
	edit := func(change func(f *snapshotFile)) *snapshot {
		sn := *builtinSnapshot
		sn.files = slices.Clone(sn.files)
		change(&sn.files[0])
		return &sn
	}
	text := *builtinSnapshot.files[0].text
	edited := strings.Replace(text, "severity: error", "severity: errOr", 1)
	appended := text + "\n# more\n"
	for name, sn := range map[string]*snapshot{
		"edited":   edit(func(f *snapshotFile) { f.text = &edited }),
		"appended": edit(func(f *snapshotFile) { f.text = &appended }),
		"renamed":  edit(func(f *snapshotFile) { f.name = "other.yaml" }),
	} {
		if _, ok := sn.load(names); ok {
			t.Errorf("%s: the snapshot loaded although the YAML it was made from changed", name)
		}
	}
	if _, ok := builtinSnapshot.load(append(names, "more.yaml")); ok {
		t.Error("the snapshot loaded although a rules file was added")
	}
}

func BenchmarkBuiltinSnapshot(b *testing.B) {
	names, err := builtinNames()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, ok := builtinSnapshot.load(names); !ok {
			b.Fatal("stale snapshot")
		}
	}
}

func BenchmarkBuiltinParse(b *testing.B) {
	names, err := builtinNames()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := parseBuiltin(names); err != nil {
			b.Fatal(err)
		}
	}
}

// generateSnapshot writes the parsed set as the Go source of builtinSnapshot.
func generateSnapshot(set *Set, names []string) ([]byte, error) {
	g := &snapshotWriter{names: map[*yaml.Node]string{}}
	texts := make([]string, len(names))
	var files, embeds []string
	for i, name := range names {
		data, err := builtin.ReadFile(name)
		if err != nil {
			return nil, err
		}
		texts[i] = string(data)
		v := fmt.Sprintf("snapshotText%d", i+1)
		files = append(files, fmt.Sprintf("{name: %q, size: %d, crc: %#08x, text: &%s}", name, len(data), checksum(texts[i]), v))
		embeds = append(embeds, fmt.Sprintf("\n//go:embed %s\nvar %s string\n", name, v))
	}
	var spans []string
	for _, r := range set.All() {
		sp, err := findSource(r, names, texts)
		if err != nil {
			return nil, err
		}
		spans = append(spans, fmt.Sprintf("{file: %d, start: %d, end: %d, newline: %t}", sp.file, sp.start, sp.end, sp.newline))
		if r.override != nil || slices.ContainsFunc(slices.Concat(r.Paths.Include, r.Paths.Exclude), func(g Glob) bool { return g.base != nil }) {
			return nil, fmt.Errorf("rule %s: built-in rules carry no config state", r.ID)
		}
	}
	g.shared(set)

	var body bytes.Buffer
	body.WriteString("var builtinSnapshot = &snapshot{\n")
	fmt.Fprintf(&body, "files: []snapshotFile{%s},\n", strings.Join(files, ", "))
	body.WriteString("rules: []*Rule{\n")
	var maps bytes.Buffer
	for i, r := range set.All() {
		g.maps, g.clones = nil, nil
		g.value(&body, reflect.ValueOf(r), true, "r")
		body.WriteString(",\n")
		if len(g.maps) > 0 {
			fmt.Fprintf(&maps, "case %d:\n", i)
			for _, c := range g.clones {
				fmt.Fprintf(&maps, "%s = slices.Clone(%s)\n", c, c)
			}
			maps.WriteString(strings.Join(g.maps, "\n") + "\n")
		}
		if g.err != nil {
			return nil, fmt.Errorf("rule %s: %w", r.ID, g.err)
		}
	}
	body.WriteString("},\nsources: []sourceSpan{\n")
	for _, s := range spans {
		body.WriteString(s + ",\n")
	}
	body.WriteString("},\nitems: []*ChecklistItem{\n")
	for _, c := range set.Checklist() {
		g.value(&body, reflect.ValueOf(c), true, "")
		body.WriteString(",\n")
	}
	body.WriteString("},\nstacks: []*Stack{\n")
	for _, st := range set.Stacks() {
		g.value(&body, reflect.ValueOf(st), true, "")
		body.WriteString(",\n")
	}
	body.WriteString("},\n}\n")

	var b bytes.Buffer
	b.WriteString("// Code generated by `go test ./rules -update` from the embedded rules files; DO NOT EDIT.\n\n")
	imports := "_ \"embed\"\n"
	if bytes.Contains(maps.Bytes(), []byte("slices.Clone")) {
		imports += "\"slices\"\n"
	}
	fmt.Fprintf(&b, "package rules\n\nimport (\n%s\n\"gopkg.in/yaml.v3\"\n)\n\n", imports)
	b.Write(body.Bytes())
	b.WriteString(`
// snapshotMaps sets the map fields of rule i of the snapshot on r, its copy:
// maps in the static data above would be built by package initialisation in
// every process, writing to its pages.
func snapshotMaps(i int, r *Rule) {
	switch i {
`)
	b.Write(maps.Bytes())
	b.WriteString("}\n}\n\nvar snapshotFalse, snapshotTrue = false, true\n")
	// The files as this build embeds them.
	for _, e := range embeds {
		b.WriteString(e)
	}
	// Nodes several places share (a YAML anchor and its aliases).
	for _, v := range g.order {
		fmt.Fprintf(&b, "\nvar %s = ", g.names[v])
		g.nodeLiteral(&b, v, false)
		b.WriteString("\n")
	}
	return format.Source(b.Bytes())
}

// findSource locates r.Source() in the text of its file.
func findSource(r *Rule, names, texts []string) (sourceSpan, error) {
	file := -1
	for i, n := range names {
		if "rules/"+n == r.Pos.File {
			file = i
		}
	}
	if file < 0 {
		return sourceSpan{}, fmt.Errorf("rule %s: declared in %s, not an embedded file", r.ID, r.Pos.File)
	}
	text := texts[file]
	start := 0
	for line := 1; line < r.Pos.Line; line++ {
		i := strings.IndexByte(text[start:], '\n')
		if i < 0 {
			return sourceSpan{}, fmt.Errorf("rule %s: line %d past the end of %s", r.ID, r.Pos.Line, r.Pos.File)
		}
		start += i + 1
	}
	src := r.Source()
	if strings.HasPrefix(text[start:], src) {
		return sourceSpan{file: file, start: start, end: start + len(src)}, nil
	}
	if trimmed, ok := strings.CutSuffix(src, "\n"); ok && text[start:] == trimmed {
		return sourceSpan{file: file, start: start, end: len(text), newline: true}, nil
	}
	return sourceSpan{}, fmt.Errorf("rule %s: its source is not the text at %s", r.ID, r.Pos)
}

// snapshotWriter prints values of the rules package's types as Go literals.
type snapshotWriter struct {
	// maps are the assignments of the current rule's map fields, clones
	// the slices on their paths that are copied first (the static ones are
	// never written to); err is a path that cannot be assigned so.
	maps, clones []string
	err          error
	// names are the package variables of YAML nodes referenced from more
	// than one place, in order of first reference.
	names map[*yaml.Node]string
	order []*yaml.Node
}

// shared names the nodes that more than one place points to.
func (g *snapshotWriter) shared(set *Set) {
	refs := map[*yaml.Node]int{}
	var visit func(n *yaml.Node)
	var first []*yaml.Node
	visit = func(n *yaml.Node) {
		if n == nil {
			return
		}
		refs[n]++
		if refs[n] > 1 {
			return
		}
		first = append(first, n)
		visit(n.Alias)
		for _, c := range n.Content {
			visit(c)
		}
	}
	for _, r := range set.All() {
		visit(r.Params.Alias)
		for _, c := range r.Params.Content {
			visit(c)
		}
	}
	for _, n := range first {
		if refs[n] > 1 {
			g.names[n] = fmt.Sprintf("snapshotNode%d", len(g.order)+1)
			g.order = append(g.order, n)
		}
	}
}

// value prints v; elided is whether its type may be left out (an element of
// a slice literal).
//
// path is v as a Go expression from the rule being printed ("r.Examples[2]"),
// "" outside rules: a map below a rule is left out of the static data and
// assigned by snapshotMaps instead (g.maps).
func (g *snapshotWriter) value(b *bytes.Buffer, v reflect.Value, elided bool, path string) {
	t := v.Type()
	if t == reflect.TypeOf(&yaml.Node{}) {
		g.node(b, v.Interface().(*yaml.Node), elided)
		return
	}
	switch t {
	case reflect.TypeOf(Severity(0)):
		fmt.Fprintf(b, "%s", map[Severity]string{Info: "Info", Warning: "Warning", Error: "Error"}[Severity(v.Int())])
		return
	case reflect.TypeOf(yaml.Kind(0)):
		fmt.Fprintf(b, "%s", map[yaml.Kind]string{yaml.DocumentNode: "yaml.DocumentNode", yaml.SequenceNode: "yaml.SequenceNode",
			yaml.MappingNode: "yaml.MappingNode", yaml.ScalarNode: "yaml.ScalarNode", yaml.AliasNode: "yaml.AliasNode"}[yaml.Kind(v.Uint())])
		return
	case reflect.TypeOf(yaml.Style(0)):
		fmt.Fprintf(b, "yaml.Style(%d)", v.Uint())
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if t.Elem().Kind() == reflect.Bool {
			fmt.Fprintf(b, "&snapshot%s", map[bool]string{false: "False", true: "True"}[v.Elem().Bool()])
			return
		}
		if !elided {
			b.WriteString("&")
		}
		g.value(b, v.Elem(), elided, path)
	case reflect.Struct:
		if !elided {
			b.WriteString(typeName(t))
		}
		b.WriteString("{\n")
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if t == reflect.TypeOf(Rule{}) && (f.Name == "source" || f.Name == "item" || f.Name == "override") {
				continue // sources, linkChecklist; checked nil
			}
			fv := v.Field(i)
			if fv.IsZero() {
				continue
			}
			if fv.Kind() == reflect.Map && path != "" {
				g.deferMap(path+"."+f.Name, fv)
				continue
			}
			fmt.Fprintf(b, "%s: ", f.Name)
			g.value(b, fv, false, sub(path, "."+f.Name))
			b.WriteString(",\n")
		}
		b.WriteString("}")
	case reflect.Slice:
		if !elided {
			b.WriteString(typeName(t))
		}
		b.WriteString("{")
		sep := ",\n"
		if t.Elem().Kind() == reflect.String {
			sep = ", " // short lists of names on one line
		} else {
			b.WriteString("\n")
		}
		for i := 0; i < v.Len(); i++ {
			g.value(b, v.Index(i), true, sub(path, fmt.Sprintf("[%d]", i)))
			b.WriteString(sep)
		}
		b.WriteString("}")
	case reflect.Map:
		if !elided {
			b.WriteString(typeName(t))
		}
		b.WriteString("{\n")
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		for _, k := range keys {
			g.value(b, k, true, "")
			b.WriteString(": ")
			g.value(b, v.MapIndex(k), true, "")
			b.WriteString(",\n")
		}
		b.WriteString("}")
	case reflect.String:
		b.WriteString(goString(v.String()))
	case reflect.Int:
		fmt.Fprintf(b, "%d", v.Int())
	case reflect.Bool:
		fmt.Fprintf(b, "%t", v.Bool())
	default:
		panic(fmt.Sprintf("snapshot: no literal for %s", t))
	}
}

// deferMap records the assignment of the map at path for snapshotMaps.
func (g *snapshotWriter) deferMap(path string, v reflect.Value) {
	var b bytes.Buffer
	g.value(&b, v, false, "")
	g.maps = append(g.maps, path+" = "+b.String())
	if i := strings.Index(path, "["); i >= 0 {
		if strings.Count(path, "[") > 1 {
			g.err = fmt.Errorf("%s: a map below nested slices", path)
		}
		if c := path[:i]; !slices.Contains(g.clones, c) {
			g.clones = append(g.clones, c)
		}
	}
}

// sub extends a tracked path ("" stays untracked).
func sub(path, tail string) string {
	if path == "" {
		return ""
	}
	return path + tail
}

// node prints a YAML node, or the variable it is shared through.
func (g *snapshotWriter) node(b *bytes.Buffer, n *yaml.Node, elided bool) {
	if name, ok := g.names[n]; ok {
		b.WriteString(name)
		return
	}
	g.nodeLiteral(b, n, elided)
}

func (g *snapshotWriter) nodeLiteral(b *bytes.Buffer, n *yaml.Node, elided bool) {
	if !elided {
		b.WriteString("&")
	}
	g.value(b, reflect.ValueOf(n).Elem(), elided, "")
}

// typeName spells t as the generated file (package rules, importing yaml) does.
func typeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + typeName(t.Elem())
	case reflect.Slice:
		if t.Name() == "" {
			return "[]" + typeName(t.Elem())
		}
	case reflect.Map:
		if t.Name() == "" {
			return "map[" + typeName(t.Key()) + "]" + typeName(t.Elem())
		}
	}
	switch t.PkgPath() {
	case "", reflect.TypeOf(Rule{}).PkgPath():
		return t.Name()
	default:
		return t.String()
	}
}

// goString quotes s, as a raw string when it spans lines and can be one.
func goString(s string) string {
	if !strings.Contains(s, "\n") || strings.ContainsAny(s, "`\r\ufeff") || !utf8.ValidString(s) {
		return strconv.Quote(s)
	}
	for _, c := range s {
		if c < ' ' && c != '\n' && c != '\t' || c == 0x7f {
			return strconv.Quote(s)
		}
	}
	return "`" + s + "`"
}
