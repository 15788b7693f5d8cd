package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/clerklint/clerklint/rules"
)

// loadRules returns the built-in rule set, extended by a user rules file.
func loadRules(userRules string) (*rules.Set, error) {
	set, err := rules.Builtin()
	if err != nil {
		return nil, fmt.Errorf("built-in rules: %w", err)
	}
	if userRules != "" {
		return set.WithFile(userRules)
	}
	return set, nil
}

func cmdRules(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("clerklint rules", flag.ContinueOnError)
	fs.SetOutput(stderr)
	markdown := fs.Bool("markdown", false, "print the README rule table (Markdown)")
	stacks := fs.Bool("stacks", false, "print the README table of what is checked where (Markdown)")
	entry := fs.String("yaml", "", "print the YAML entry of rule `ID` as written in its rules file (to start a params override from)")
	userRules := fs.String("rules", "", "add or override rules from this YAML `file`")
	if err := fs.Parse(args); err != nil {
		return exitError
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "clerklint: unexpected argument %q (usage: clerklint rules [--markdown | --stacks | --yaml ID] [--rules FILE])\n", fs.Arg(0))
		return exitError
	}
	set, err := loadRules(*userRules)
	if err != nil {
		fmt.Fprintf(stderr, "clerklint: %v\n", err)
		return exitError
	}
	if *entry != "" {
		r := lookupRule(set, *entry)
		if r == nil {
			fmt.Fprintf(stderr, "clerklint: unknown rule %q (see `clerklint rules`)\n", *entry)
			return exitError
		}
		fmt.Fprintf(stderr, "# %s\n", r.Pos)
		io.WriteString(stdout, r.Source())
		return exitClean
	}
	if *markdown {
		io.WriteString(stdout, ruleTable(set))
		return exitClean
	}
	if *stacks {
		io.WriteString(stdout, stackTable(set))
		return exitClean
	}
	for _, r := range set.All() {
		fmt.Fprintf(stdout, "%s  %-7s  %-28s  %s\n", r.ID, r.Severity, r.Slug, r.Title)
	}
	return exitClean
}

// ruleTable renders the README's rule table from the rule set; a test keeps the
// README in sync with it.
func ruleTable(set *rules.Set) string {
	var b strings.Builder
	b.WriteString("| ID | Severity | Rule | Checklist item | Notes for |\n|---|---|---|---|---|\n")
	for _, r := range set.All() {
		var notes []string
		for _, n := range r.Notes() {
			notes = append(notes, n.Name)
		}
		fmt.Fprintf(&b, "| %s | %s | **%s** (`%s`) | %s | %s |\n", r.ID, r.Severity, r.Title, r.Slug, r.ChecklistLabel(), strings.Join(notes, ", "))
	}
	return b.String()
}

// stackTable renders the README's table of what is checked where from the
// YAML's stacks; a test keeps the README in sync with it.
func stackTable(set *rules.Set) string {
	var b strings.Builder
	b.WriteString("| stack | rules | how |\n|---|---|---|\n")
	for _, st := range set.Stacks() {
		how := strings.Join(strings.Fields(st.How), " ")
		fmt.Fprintf(&b, "| %s | %s | %s |\n", st.Name, rules.IDRanges(st.Rules), how)
	}
	return b.String()
}

func cmdExplain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("clerklint explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	userRules := fs.String("rules", "", "add or override rules from this YAML `file`")
	all := fs.Bool("all", false, "show the notes for every framework, not only those the project uses")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: clerklint explain [--all] [--rules FILE] ID [path]\n\nShows a rule's documentation, with its notes for the frameworks the project at\npath (default \".\") uses, detected from its manifests.\n\nFlags:")
		fs.PrintDefaults()
	}
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	if len(pos) < 1 || len(pos) > 2 {
		fmt.Fprintln(stderr, "usage: clerklint explain [--all] ID [path] (e.g. clerklint explain CLK001)")
		return exitError
	}
	set, err := loadRules(*userRules)
	if err != nil {
		fmt.Fprintf(stderr, "clerklint: %v\n", err)
		return exitError
	}
	r := lookupRule(set, pos[0])
	if r == nil {
		fmt.Fprintf(stderr, "clerklint: unknown rule %q (see `clerklint rules`)\n", pos[0])
		return exitError
	}
	var used map[string]bool // nil: all
	if !*all {
		dir := "."
		if len(pos) == 2 {
			dir = pos[1]
		}
		if used, err = detectFrameworks(dir); err != nil {
			fmt.Fprintf(stderr, "clerklint: %v\n", err)
			return exitError
		}
	}
	io.WriteString(stdout, explain(r, used))
	return exitClean
}

// explain renders one rule's documentation, all of it from the YAML entry. The
// framework notes shown are those of the frameworks in used (nil: all); the
// others are named so a reader knows they exist.
func explain(r *rules.Rule, used map[string]bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: %s\n", r.ID, r.Slug, r.Title)
	fmt.Fprintf(&b, "Severity:  %s\nChecklist: %s\nCWE:       %s\n\n", r.Severity, r.ChecklistLabel(), r.CWE)
	fmt.Fprintf(&b, "Why:\n%s\n", indent(r.Rationale))
	var hidden []string
	for _, n := range r.Notes() {
		if used != nil && !used[n.Key] {
			hidden = append(hidden, n.Name)
			continue
		}
		fmt.Fprintf(&b, "In %s:\n%s\n", n.Name, indent(n.Text))
	}
	if len(hidden) > 0 {
		fmt.Fprintf(&b, "(Notes for %s not shown: not used by the project. clerklint explain --all %s shows them.)\n\n", strings.Join(hidden, ", "), r.ID)
	}
	fmt.Fprintf(&b, "How to fix:\n%s\n", indent(r.Fix))
	shown, others := examplesFor(r.Examples, used)
	b.WriteString(explainExamples(shown))
	if len(others) > 0 {
		fmt.Fprintf(&b, "\n(Also examples for %s: clerklint explain --all %s.)\n", strings.Join(others, ", "), r.ID)
	}
	return b.String()
}

// examplesFor keeps the cases written for the frameworks in used (nil: all),
// as explain does with the notes, and names the frameworks of the others.
// Env files and any-file cases concern every project; when no case is left,
// all are shown, since a rule without an example helps nobody.
func examplesFor(es rules.Examples, used map[string]bool) (rules.Examples, []string) {
	if used == nil {
		return es, nil
	}
	var shown rules.Examples
	var others []string
	for _, e := range es {
		switch e.Lang {
		case "go", "nextjs", "react", "express", "javascript":
			if !used[e.Lang] {
				if name := rules.LanguageName(e.Lang); !slices.Contains(others, name) {
					others = append(others, name)
				}
				continue
			}
		}
		shown = append(shown, e)
	}
	if len(shown) == 0 {
		return es, nil
	}
	return shown, others
}

// explainExamples renders each case under its file path, the context files
// of the case itself before the code (shared scaffolds are left out: a
// package.json naming the SDK teaches nothing). Fake-key tokens are shown as
// written.
func explainExamples(es rules.Examples) string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteString("\n")
		}
		pre := ""
		if c := e.Caption(); c != "" {
			fmt.Fprintf(&b, "Example: %s\n", c)
			pre = "  "
		}
		for _, p := range sortedFiles(e.Files) {
			fmt.Fprintf(&b, "%sWith %s:\n%s", pre, p, indentBy(e.Files[p], pre+"    "))
		}
		fmt.Fprintf(&b, "%sBad:\n%s", pre, indentBy(e.Bad, pre+"    "))
		fmt.Fprintf(&b, "%sGood:\n%s", pre, indentBy(e.Good, pre+"    "))
	}
	return b.String()
}

func sortedFiles(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func indent(s string) string { return indentBy(s, "    ") }

func indentBy(s, pre string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = pre + l
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

// lookupRule finds a rule by id (any case) or slug.
func lookupRule(set *rules.Set, arg string) *rules.Rule {
	if r := set.Get(strings.ToUpper(arg)); r != nil {
		return r
	}
	for _, r := range set.All() {
		if r.Slug == arg {
			return r
		}
	}
	return nil
}
