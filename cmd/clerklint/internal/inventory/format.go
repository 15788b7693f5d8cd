package inventory

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
)

// Options are presentation choices that do not change what is listed.
type Options struct {
	// Color enables ANSI colour in the text format.
	Color bool
	// Width is the text table's width in columns; 0 means DefaultWidth.
	Width int
}

// DefaultWidth is the width the text table fits by default: a terminal of
// 120 columns shows it without wrapping.
const DefaultWidth = 120

// Formatter renders an inventory built by Build (redacted already).
type Formatter interface {
	// Format writes the whole inventory to w.
	Format(w io.Writer, inv *Inventory, opts Options) error
	// Description is one line for help text.
	Description() string
}

// Formats is the registry of inventory formats by --format name; the CLI
// builds its help and its unknown-format error from the keys. It is never
// modified.
var Formats = map[string]Formatter{
	"text":     textFormat{},
	"json":     jsonFormat{},
	"markdown": markdownFormat{},
}

// Names returns the format names, sorted.
func Names() []string {
	names := make([]string, 0, len(Formats))
	for n := range Formats {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Lookup returns the named formatter; an unknown name is an error listing the
// valid ones, never a fallback to text.
func Lookup(name string) (Formatter, error) {
	if f, ok := Formats[name]; ok {
		return f, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", name, strings.Join(Names(), ", "))
}

// item is one entry of a table cell: a label ("public:", "db-write"), the
// construct as written (rendered as code in Markdown), where it is, and a
// note ("(broad)"). Any part may be empty.
type item struct {
	label, code, at, note string
}

// text is the item as plain text, its parts separated by spaces.
func (it item) text() string {
	var parts []string
	for _, p := range []string{it.label, it.code, it.at, it.note} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}

// The cell builders below are shared by the text and markdown tables. A
// position in the endpoint's own file is shortened to ":line".

// home is the file ":line" positions are relative to: the handler's, or the
// registration's when the handler is not known.
func home(e *Entry) string {
	if e.Handler.File != "" {
		return e.Handler.File
	}
	return e.Registration.File
}

// where renders a position for a cell: ":12" in the endpoint's own file,
// "middleware.ts:8" elsewhere, "" when unknown.
func where(e *Entry, p endpoint.Pos) string {
	switch {
	case p.File == "":
		return ""
	case p.File == home(e) && p.Line > 0:
		return ":" + strconv.Itoa(p.Line)
	case p.File == home(e):
		return ""
	}
	return p.String()
}

func methodCell(e *Entry) []item {
	var out []item
	for _, m := range e.Methods {
		out = append(out, item{label: m})
	}
	if len(out) > 0 {
		return out
	}
	switch e.Kind {
	case endpoint.Action:
		return []item{{label: "ACTION"}}
	case endpoint.Page:
		return []item{{label: "PAGE"}}
	}
	return []item{{label: "ANY"}}
}

func urlCell(e *Entry) []item {
	out := []item{{code: e.URL}}
	if e.URL == "" {
		out[0] = item{label: "<dynamic path>"}
		if e.Kind == endpoint.Action {
			out[0] = item{label: "(server action)"}
		}
	}
	// A Next.js route handler is named by its method; say the name only when
	// it adds something.
	if e.Name != "" && !slices.Contains(e.Methods, e.Name) {
		out = append(out, item{code: e.Name})
	}
	return out
}

func locationCell(e *Entry) []item {
	out := []item{{code: e.Registration.String()}}
	if h := e.Handler; h.File != "" && h.File != e.Registration.File {
		out = append(out, item{label: "handler", code: h.String()})
	}
	return out
}

func evidence(e *Entry, label string, ev endpoint.Evidence) item {
	it := item{label: label, code: ev.What, at: where(e, ev.At)}
	if ev.Broad {
		it.note = "(broad)"
	}
	return it
}

func protectionCell(e *Entry) []item {
	p := e.Protection
	out := []item{{label: string(p.State)}}
	for _, ev := range p.By {
		label := ""
		if ev.Kind == endpoint.FailOpen {
			label = "fail-open"
		}
		out = append(out, evidence(e, label, ev))
	}
	for _, ev := range e.Public {
		label := "public:"
		switch ev.Kind {
		case endpoint.PrivateURL:
			label = "private:"
		case endpoint.ClientRendered:
			label = "browser-only:"
		case endpoint.PublicWrite:
			label = "public write:"
		}
		out = append(out, evidence(e, label, ev))
	}
	for _, s := range e.Sessions {
		if !s.Checked {
			out = append(out, item{label: "unchecked:", code: s.What, at: where(e, s.At)})
		}
	}
	if p.Why != "" {
		out = append(out, item{label: "why: " + p.Why})
	}
	if e.TestOnly {
		out = append(out, item{label: "test-only: " + e.Reason})
	}
	if g := p.Gap; g != nil {
		label := "gap:"
		switch g.Kind {
		case endpoint.BeforeGlobalAuth:
			label = "registered before"
		case endpoint.SiblingsUseAuth:
			label = "siblings use"
		}
		out = append(out, evidence(e, label, *g))
	}
	return out
}

// authzLabels name the kinds of authorization evidence in the AUTHZ cell,
// so a reader tells an owner in a query's filter from a role test.
var authzLabels = map[endpoint.EvidenceKind]string{
	endpoint.RoleCheck:        "role:",
	endpoint.PermissionCheck:  "permission:",
	endpoint.IdentityCheck:    "identity:",
	endpoint.OwnershipCheck:   "owner check:",
	endpoint.OwnershipFilter:  "owner filter:",
	endpoint.MembershipCheck:  "membership:",
	endpoint.RowLevelSecurity: "RLS:",
}

// authzCell lists the endpoint's authorization evidence by kind (an empty
// cell: none).
func authzCell(e *Entry) []item {
	var out []item
	for _, ev := range e.Authz {
		out = append(out, evidence(e, authzLabels[ev.Kind], ev))
	}
	return out
}

// inputsCell is one item ("path:id, query:page, body"): inputs are short and
// many, and one line per input would make rows tall.
func inputsCell(e *Entry) []item {
	var parts []string
	for _, in := range e.Inputs {
		s := string(in.Kind)
		if in.Name != "" {
			s += ":" + in.Name
		}
		if !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return nil
	}
	return []item{{label: strings.Join(parts, ", ")}}
}

func effectsCell(e *Entry) []item {
	var out []item
	for _, ef := range e.Effects {
		it := item{label: string(ef.Kind), code: ef.Target, at: where(e, ef.At)}
		var notes []string
		if ef.Model != "" && !strings.Contains(ef.Target, ef.Model) {
			notes = append(notes, ef.Model)
		}
		switch {
		case ef.Anonymous:
			notes = append(notes, "no credential")
		case ef.CallerCredential:
			notes = append(notes, "the caller's credential")
		}
		if len(notes) > 0 {
			it.note = "(" + strings.Join(notes, ", ") + ")"
		}
		out = append(out, it)
	}
	switch {
	case !e.EffectsKnown && len(out) == 0:
		out = []item{{label: "unknown"}}
	case !e.EffectsKnown:
		out = append(out, item{label: "and unknown others"})
	case len(out) == 0:
		out = []item{{label: "none"}}
	}
	return out
}

func findingsCell(e *Entry) []item {
	out := make([]item, len(e.Findings))
	for i, id := range e.Findings {
		out[i] = item{label: id}
	}
	return out
}

// summary is the inventory's closing line, e.g. "5 endpoints: 1 exposed,
// 1 unauthorized, 3 protected; 3 findings on them, 1 elsewhere (clerklint scan
// lists every finding); 1 file could not be analysed".
func summary(inv *Inventory) string {
	var b strings.Builder
	if len(inv.Endpoints) == 0 {
		b.WriteString("no endpoints found")
	} else {
		count := map[Exposure]int{}
		findings := 0
		for _, e := range inv.Endpoints {
			count[e.Exposure]++
			findings += len(e.Details)
		}
		var parts []string
		for _, x := range exposureOrder {
			if count[x] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", count[x], x))
			}
		}
		fmt.Fprintf(&b, "%s: %s", plural(len(inv.Endpoints), "endpoint"), strings.Join(parts, ", "))
		if findings > 0 {
			fmt.Fprintf(&b, "; %s on them", plural(findings, "finding"))
		}
	}
	if inv.Unattached > 0 {
		fmt.Fprintf(&b, "; %s on no endpoint (clerklint scan lists every finding)", plural(inv.Unattached, "finding"))
	}
	if n := len(inv.Errors); n == 1 {
		b.WriteString("; 1 file could not be analysed")
	} else if n > 1 {
		fmt.Fprintf(&b, "; %d files could not be analysed", n)
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// Row is one endpoint as plain-text cells, each a list of items, for a
// document that embeds the inventory (clerklint review) and renders it its
// own way. The cells are the tables' cells.
type Row struct {
	Exposure      Exposure `json:"exposure"`
	Reason        string   `json:"reason,omitempty"`
	Methods       []string `json:"methods"`
	URL           []string `json:"url"`
	Location      []string `json:"location"`
	Protection    []string `json:"protection"`
	Authorization []string `json:"authorization"`
	Inputs        []string `json:"inputs"`
	Effects       []string `json:"effects"`
	Findings      []string `json:"findings"`
}

// Rows returns the inventory's endpoints as rows, in inventory order.
func (inv *Inventory) Rows() []Row {
	texts := func(items []item) []string {
		out := make([]string, len(items))
		for i, it := range items {
			out[i] = it.text()
		}
		return out
	}
	rows := make([]Row, len(inv.Endpoints))
	for i := range inv.Endpoints {
		e := &inv.Endpoints[i]
		rows[i] = Row{
			Exposure: e.Exposure, Reason: e.Reason,
			Methods: texts(methodCell(e)), URL: texts(urlCell(e)), Location: texts(locationCell(e)),
			Protection: texts(protectionCell(e)), Authorization: texts(authzCell(e)),
			Inputs: texts(inputsCell(e)), Effects: texts(effectsCell(e)), Findings: texts(findingsCell(e)),
		}
	}
	return rows
}
