// Package review is `clerklint review`: the report an agency reviewer hands
// to a client before launch. It does not judge anything itself: the scan's
// findings, the endpoint inventory and the rule set's checklist items give
// every seed checklist item a status (fail, pass, manual, n/a), and the
// project model and CLK801's plan table fill the summary and the plan check.
// Build assembles one Document; each format (markdown, html, json) renders
// that Document and nothing else, so the three say the same thing.
//
// Like report and inventory, Build is the only way scan data reaches a
// renderer: every string taken from the scanned tree (paths, excerpts,
// messages, evidence) is redacted with the scan's secrets and
// keys.RedactAll, and the CLI writes through a RedactingWriter as well.
package review

import (
	"fmt"
	"slices"
	"strings"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/files/envfile"
	filesecrets "github.com/clerklint/clerklint/analyzers/files/secrets"
	"github.com/clerklint/clerklint/analyzers/golang/godriver"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/js/plans"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/cmd/clerklint/internal/inventory"
	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Status is a checklist item's verdict.
type Status string

// Statuses, in the order a reader acts on them.
const (
	Fail   Status = "fail"
	Manual Status = "manual"
	Pass   Status = "pass"
	NA     Status = "n/a"
)

var statusOrder = []Status{Fail, Manual, Pass, NA}

// Document is the whole review report.
type Document struct {
	Tool    report.Tool `json:"tool"`
	Project Project     `json:"project"`
	// Totals counts the checklist items by status, in statusOrder.
	Totals    []Total    `json:"totals"`
	Checklist []Section  `json:"checklist"`
	Plan      PlanCheck  `json:"plan"`
	Endpoints []Endpoint `json:"endpoints"`
	// EndpointSummary is the inventory's one-line count.
	EndpointSummary string `json:"endpointSummary"`
	// Other are findings of rules that name no checklist item (a user
	// rule's item without rules here); normally empty.
	Other []Finding `json:"otherFindings"`
	// NotAnalysed are the files and modules the scan could not read: the
	// report is incomplete for them.
	NotAnalysed []Gap `json:"notAnalysed"`
}

// Total is the number of checklist items with one status.
type Total struct {
	Status Status `json:"status"`
	Count  int    `json:"count"`
}

// Section is a checklist section of the seed, its items in YAML order.
type Section struct {
	Name  string `json:"name"`
	Items []Item `json:"items"`
}

// Item is one checklist item with its verdict.
type Item struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Status Status `json:"status"`
	// Checked says what the rules looked at ("CLK101, CLK102 over 12
	// JS/TS files and 5 endpoints"), empty when no rule checks the item.
	Checked string `json:"checked,omitempty"`
	// Manual is what a person must still verify, and how.
	Manual string `json:"manual,omitempty"`
	// Why explains an n/a or a rule that could not run.
	Why      string    `json:"why,omitempty"`
	Rules    []string  `json:"rules"`
	Findings []Finding `json:"findings"`
	// Fixes is the fix guidance of the rules with findings here.
	Fixes []Fix `json:"fixes"`
	// SameAs, when set, is the earlier item whose findings are exactly
	// this one's (a Common Pitfall restating a checklist item): they are
	// listed there only.
	SameAs string `json:"sameAs,omitempty"`
}

// Finding is a reported finding with the line it points at.
type Finding struct {
	Rule     string         `json:"rule"`
	Severity rules.Severity `json:"severity"`
	File     string         `json:"file"`
	Line     int            `json:"line"`
	Message  string         `json:"message"`
	// Excerpt is the finding's source line, trimmed, shortened and
	// redacted; empty when the file cannot be read.
	Excerpt string `json:"excerpt,omitempty"`

	// construct is the finding's matched construct (CLK801 names its
	// feature there).
	construct string
}

// Where is the finding's file:line.
func (f Finding) Where() string {
	if f.Line > 0 {
		return fmt.Sprintf("%s:%d", f.File, f.Line)
	}
	return f.File
}

// Fix is one rule's fix guidance, from its YAML entry.
type Fix struct {
	Rule  string `json:"rule"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Endpoint is one row of the endpoint inventory.
type Endpoint = inventory.Row

// Gap is a file or module the scan could not analyse.
type Gap struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// Input is what Build reads.
type Input struct {
	// Result is the raw scan (findings still hold their secrets, used to
	// redact); Report is it processed (suppressed, baselined, redacted).
	Result *scan.Result
	Report *report.Report
	// Rules is the whole rule set (checklist items, every rule, enabled or
	// not); Report.Rules is the active selection.
	Rules *rules.Set
	// Stacks are the frameworks (rules.Frameworks keys) the project uses.
	Stacks map[string]bool
	// Source reads a reported file, for excerpts; nil: none.
	Source func(path string) ([]byte, error)
	// Plans is CLK801's feature table, nil when the rule is not loaded.
	Plans *plans.Table
	// NoGo is set when the Go analysis was skipped.
	NoGo bool
}

// Build assembles the review document.
func Build(in Input) *Document {
	rep := in.Report
	var secrets []string
	if in.Result != nil {
		for _, f := range in.Result.Findings {
			if f.Secret != "" && !slices.Contains(secrets, f.Secret) {
				secrets = append(secrets, f.Secret)
			}
		}
	}
	red := func(s string) string { return keys.RedactAll(s, secrets...) }

	doc := &Document{Tool: rep.Tool, Checklist: []Section{}, Other: []Finding{}, NotAnalysed: []Gap{}}
	doc.Project = buildProject(in, red)
	inv := inventory.Build(in.Result, rep)
	doc.Endpoints = inv.Rows()
	doc.EndpointSummary = endpointSummary(inv)
	for _, e := range rep.Errors {
		if e.Incomplete() {
			doc.NotAnalysed = append(doc.NotAnalysed, Gap{Path: e.Path, Message: e.Message})
		}
	}

	findings := make([]Finding, len(rep.Findings))
	for i, f := range rep.Findings {
		findings[i] = Finding{Rule: f.RuleID, Severity: f.Severity, File: f.File, Line: f.Line, Message: f.Message,
			Excerpt: excerpt(in.Source, f.File, f.Line, red), construct: f.Construct}
	}
	cov := coverage(in, len(inv.Endpoints))
	used := map[string]bool{}
	for _, c := range in.Rules.Checklist() {
		it := judgeItem(in, c, findings, cov)
		for _, r := range it.Rules {
			used[r] = true
		}
		if n := len(doc.Checklist); n == 0 || doc.Checklist[n-1].Name != c.Section {
			doc.Checklist = append(doc.Checklist, Section{Name: c.Section})
		}
		s := &doc.Checklist[len(doc.Checklist)-1]
		s.Items = append(s.Items, it)
	}
	shown := map[string]string{}
	for i := range doc.Checklist {
		for j := range doc.Checklist[i].Items {
			it := &doc.Checklist[i].Items[j]
			if len(it.Findings) == 0 {
				continue
			}
			key := findingsKey(it.Findings)
			if first, ok := shown[key]; ok {
				it.SameAs = first
				continue
			}
			shown[key] = it.Text
		}
	}
	for _, f := range findings {
		if !used[f.Rule] {
			doc.Other = append(doc.Other, f)
		}
	}
	count := map[Status]int{}
	for _, s := range doc.Checklist {
		for _, it := range s.Items {
			count[it.Status]++
		}
	}
	for _, st := range statusOrder {
		doc.Totals = append(doc.Totals, Total{Status: st, Count: count[st]})
	}
	doc.Plan = buildPlan(in.Plans, findings, in.Rules.Get(planRule) != nil && rep.Rule(planRule) != nil)
	return doc
}

func onlyInfo(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity > rules.Info {
			return false
		}
	}
	return true
}

// findingsKey identifies a list of findings.
func findingsKey(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s|%s|%d|%s\n", f.Rule, f.File, f.Line, f.Message)
	}
	return b.String()
}

// endpointSummary counts the inventory's endpoints by exposure.
func endpointSummary(inv *inventory.Inventory) string {
	if len(inv.Endpoints) == 0 {
		return "no endpoints found"
	}
	count := map[inventory.Exposure]int{}
	var order []inventory.Exposure
	for _, e := range inv.Endpoints {
		if count[e.Exposure] == 0 {
			order = append(order, e.Exposure)
		}
		count[e.Exposure]++
	}
	parts := make([]string, len(order))
	for i, x := range order {
		parts[i] = fmt.Sprintf("%d %s", count[x], x)
	}
	return fmt.Sprintf("%s: %s", plural(len(inv.Endpoints), "endpoint"), strings.Join(parts, ", "))
}

// maxExcerpt bounds an excerpt: a line of minified code is not a quote.
const maxExcerpt = 160

// excerpt is the trimmed, redacted source line of a finding.
func excerpt(source func(string) ([]byte, error), file string, line int, red func(string) string) string {
	if source == nil || line <= 0 {
		return ""
	}
	src, err := source(file)
	if err != nil {
		return ""
	}
	lines := strings.Split(string(src), "\n")
	if line > len(lines) {
		return ""
	}
	s := strings.TrimSpace(strings.TrimSuffix(lines[line-1], "\r"))
	if r := []rune(s); len(r) > maxExcerpt {
		s = string(r[:maxExcerpt]) + "…"
	}
	return red(report.Printable(s))
}

// judgeItem gives one checklist item its status from the findings of the
// rules that name it (and of the items it checks via).
func judgeItem(in Input, c *rules.ChecklistItem, findings []Finding, cov *coverageInfo) Item {
	it := Item{ID: c.ID, Text: c.Text, Rules: []string{}, Findings: []Finding{}, Fixes: []Fix{}}
	ids := append([]string{c.ID}, c.Via...)
	var rs []*rules.Rule
	for _, r := range in.Rules.All() {
		if slices.Contains(ids, r.Checklist) {
			rs = append(rs, r)
			it.Rules = append(it.Rules, r.ID)
		}
	}
	for _, f := range findings {
		if slices.Contains(it.Rules, f.Rule) {
			it.Findings = append(it.Findings, f)
		}
	}
	if len(it.Findings) == 0 && len(c.Stacks) > 0 && !slices.ContainsFunc(c.Stacks, func(s string) bool { return in.Stacks[s] }) {
		it.Status = NA
		it.Why = "applies to " + stackNames(c.Stacks) + " projects; none found"
		return it
	}
	for _, r := range rs {
		if slices.ContainsFunc(it.Findings, func(f Finding) bool { return f.Rule == r.ID }) {
			it.Fixes = append(it.Fixes, Fix{Rule: r.ID, Title: r.Title, Text: oneLine(r.Fix)})
		}
	}
	it.Checked, it.Why = cov.describe(in.Report.Rules, rs)
	if len(it.Findings) > 0 {
		it.Checked = "" // "found nothing" is the pass's account, not a failure's
	}
	switch {
	case len(it.Findings) > 0 && onlyInfo(it.Findings):
		// Information for the reviewer (CLK801's paid features), not a
		// defect: the item needs a decision by a person.
		it.Status = Manual
		it.Manual = oneLine(c.Manual)
	case len(it.Findings) > 0:
		it.Status = Fail
		if c.Check != rules.CheckAutomated {
			it.Manual = oneLine(c.Manual)
		}
	case c.Check == rules.CheckAutomated && it.Checked != "":
		it.Status = Pass
	default:
		it.Status = Manual
		it.Manual = oneLine(c.Manual)
		if it.Manual == "" {
			// An automated item whose rules could not run here.
			it.Manual = "review it by hand."
		}
	}
	return it
}

func stackNames(keys []string) string {
	var names []string
	for _, f := range rules.Frameworks() {
		if slices.Contains(keys, f.Key) {
			names = append(names, f.Name)
		}
	}
	return strings.Join(names, " or ")
}

// endpointRules judge each endpoint of the inventory (endpoint.NeedsSession,
// its session reads, its authorization evidence); the other rules read files.
var endpointRules = []string{ruleid.UnprotectedEndpoint, ruleid.SessionNotChecked, ruleid.MissingAuthorization, ruleid.ClientSuppliedUserID}

// coverageInfo is what each engine had to look at in this project.
type coverageInfo struct {
	files, js, goFiles, env, endpoints int
	noGo                               bool
}

func coverage(in Input, endpoints int) *coverageInfo {
	c := &coverageInfo{endpoints: endpoints, noGo: in.NoGo}
	if in.Result == nil || in.Result.Project == nil {
		return c
	}
	for _, f := range in.Result.Project.Files {
		if !f.Report {
			continue
		}
		c.files++
		switch {
		case f.Kind == scan.Env:
			c.env++
		case f.Lang == "go":
			c.goFiles++
		case slices.Contains([]string{"js", "jsx", "mjs", "cjs", "ts", "mts", "cts", "tsx"}, f.Lang):
			c.js++
		}
	}
	return c
}

// describe says which of rs ran and over what; why says why none could.
func (c *coverageInfo) describe(active *rules.Set, rs []*rules.Rule) (checked, why string) {
	var ran, disabled []string
	reach := map[string]bool{}
	for _, r := range rs {
		if active != nil && active.Get(r.ID) == nil {
			disabled = append(disabled, r.ID)
			continue
		}
		looked := false
		for _, e := range r.Engines {
			switch e {
			case filesecrets.Name, envfile.Engine.Name:
				looked = looked || c.files > 0
				reach["files"] = reach["files"] || c.files > 0
			case js.Name:
				looked = looked || c.js > 0
				reach["js"] = reach["js"] || c.js > 0
			case godriver.EngineName:
				ok := c.goFiles > 0 && !c.noGo
				looked = looked || ok
				reach["go"] = reach["go"] || ok
			case engines.Suppress:
				looked = true
				reach["directives"] = true
			}
		}
		if looked {
			ran = append(ran, r.ID)
		}
	}
	if len(ran) == 0 {
		switch {
		case len(disabled) > 0:
			return "", "its rules (" + strings.Join(disabled, ", ") + ") are disabled"
		case len(rs) > 0 && c.noGo && c.goFiles > 0:
			return "", "its rules need the Go analysis, skipped with --no-go"
		case len(rs) > 0:
			return "", "its rules (" + ruleIDs(rs) + ") check " + c.reads(rs) + "; the project has none"
		}
		return "", ""
	}
	var over []string
	if reach["files"] {
		over = append(over, plural(c.files, "file"))
	} else if reach["js"] {
		over = append(over, plural(c.js, "JS/TS file"))
	}
	if reach["go"] {
		over = append(over, plural(c.goFiles, "Go file"))
	}
	if c.endpoints > 0 && slices.ContainsFunc(ran, func(id string) bool { return slices.Contains(endpointRules, id) }) {
		over = append(over, plural(c.endpoints, "endpoint"))
	}
	if reach["directives"] && len(over) == 0 {
		over = append(over, "every clerklint:ignore directive")
	}
	checked = strings.Join(ran, ", ") + " found nothing"
	if len(over) > 0 {
		checked += " in " + joinAnd(over)
	}
	if len(disabled) > 0 {
		why = strings.Join(disabled, ", ") + " disabled"
	}
	return checked, why
}

// oneLine folds YAML block text into one paragraph.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func ruleIDs(rs []*rules.Rule) string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return strings.Join(ids, ", ")
}

// reads names what the rules' engines read.
func (c *coverageInfo) reads(rs []*rules.Rule) string {
	var kinds []string
	for _, r := range rs {
		for _, e := range r.Engines {
			k := map[string]string{js.Name: "JS/TS code", godriver.EngineName: "Go code", filesecrets.Name: "files", envfile.Engine.Name: "env files"}[e]
			if k != "" && !slices.Contains(kinds, k) {
				kinds = append(kinds, k)
			}
		}
	}
	return joinAnd(kinds)
}

func joinAnd(parts []string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
