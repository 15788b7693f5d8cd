package inventory

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
)

// textFormat is an aligned table, one row per endpoint, fitted to a width:
// the widest columns give way first and their cells wrap at path and name
// separators. The findings on the endpoints follow the table, one line each,
// in the compiler style of `clerklint scan`.
type textFormat struct{}

func (textFormat) Description() string {
	return "aligned table for terminals, most exposed endpoints first (default)"
}

// column is a table column and the narrowest it may become.
type column struct {
	title string
	min   int
	cell  func(*Entry) []item
}

var columns = []column{
	{"METHOD", 6, methodCell},
	{"URL", 14, urlCell},
	{"LOCATION", 14, locationCell},
	{"PROTECTION", 16, protectionCell},
	{"AUTHZ", 8, authzCell},
	{"INPUTS", 8, inputsCell},
	{"EFFECTS", 12, effectsCell},
	{"FINDINGS", 8, findingsCell},
}

const (
	gutter = 2 // spaces between columns
	indent = 2 // continuation lines of a wrapped item
	// maxSearchRows bounds the inventories whose column widths are searched
	// for the fewest lines (fit).
	maxSearchRows = 300
)

// ANSI styles, only with Options.Color.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[1;33m"
)

func (textFormat) Format(w io.Writer, inv *Inventory, opts Options) error {
	bw := bufio.NewWriter(w)
	style := func(code, s string) string {
		if !opts.Color || code == "" {
			return s
		}
		return code + s + ansiReset
	}
	if len(inv.Endpoints) > 0 {
		writeTable(bw, inv, opts, style)
		writeFindings(bw, inv, style)
	}
	fmt.Fprintln(bw, summary(inv))
	return bw.Flush()
}

func writeTable(bw *bufio.Writer, inv *Inventory, opts Options, style func(code, s string) string) {
	// Every item escaped first, so widths count what is printed.
	rows := make([][][]string, len(inv.Endpoints))
	for i := range inv.Endpoints {
		rows[i] = make([][]string, len(columns))
		for c, col := range columns {
			items := col.cell(&inv.Endpoints[i])
			if len(items) == 0 {
				items = []item{{label: "-"}}
			}
			for _, it := range items {
				rows[i][c] = append(rows[i][c], report.Printable(it.text()))
			}
		}
	}
	widths := fit(rows, opts.Width)

	// Wrap, and note whether any row takes more than one line: rows are then
	// separated by a blank line so that a wrapped cell is not read as the
	// next endpoint.
	cells := make([][][]string, len(rows))
	tall := false
	for i, row := range rows {
		cells[i] = make([][]string, len(columns))
		for c, items := range row {
			for _, it := range items {
				cells[i][c] = append(cells[i][c], wrap(it, widths[c])...)
			}
			tall = tall || len(cells[i][c]) > 1
		}
	}

	header := make([]string, len(columns))
	for c, col := range columns {
		header[c] = col.title
	}
	writeLine(bw, header, widths, func(int, string) string { return ansiBold }, style)
	for i, row := range cells {
		if tall {
			bw.WriteString("\n")
		}
		height := 0
		for _, lines := range row {
			height = max(height, len(lines))
		}
		exposure := inv.Endpoints[i].Exposure
		for l := range height {
			line := make([]string, len(columns))
			for c, lines := range row {
				if l < len(lines) {
					line[c] = lines[l]
				}
			}
			color := func(c int, _ string) string {
				if l == 0 && columns[c].title == "PROTECTION" {
					return exposureColor(exposure)
				}
				return ""
			}
			writeLine(bw, line, widths, color, style)
		}
	}
}

// writeLine pads each cell to its column (by its plain text, so colour codes
// do not shift the columns) and trims the line's end.
func writeLine(bw *bufio.Writer, cells []string, widths []int, color func(int, string) string, style func(code, s string) string) {
	var b strings.Builder
	pending := 0 // spaces owed before the next non-empty cell
	for c, s := range cells {
		if s != "" {
			b.WriteString(strings.Repeat(" ", pending))
			b.WriteString(style(color(c, s), s))
			pending = 0
		}
		pending += widths[c] - utf8.RuneCountInString(s)
		if c < len(cells)-1 {
			pending += gutter
		}
	}
	bw.WriteString(b.String())
	bw.WriteString("\n")
}

func exposureColor(x Exposure) string {
	switch x {
	case Exposed:
		return ansiRed
	case Unauthorized, ReadsOnly, Unknown:
		return ansiYellow
	}
	return ""
}

// fit returns each column's width: its widest item (or title) when the table
// fits, else widths narrowed one column at a time, each time the column whose
// narrowing adds the fewest lines to the table (the widest on a tie), until
// it fits or every column is at its minimum (cost), then improved by moving
// width between columns. Greedy, not optimal, and cheap enough: the wrapped
// heights are computed once per column and width.
func fit(rows [][][]string, width int) []int {
	if width <= 0 {
		width = DefaultWidth
	}
	widths := make([]int, len(columns))
	lo := make([]int, len(columns))
	for c, col := range columns {
		widths[c] = utf8.RuneCountInString(col.title)
		lo[c] = max(col.min, widths[c])
		for _, row := range rows {
			for _, it := range row[c] {
				widths[c] = max(widths[c], utf8.RuneCountInString(it))
			}
		}
		lo[c] = min(lo[c], widths[c])
	}
	total := gutter * (len(widths) - 1)
	for _, w := range widths {
		total += w
	}
	if total <= width {
		return widths
	}
	// No column needs more than half the table, and the search below is
	// for inventories a reader pages through: a long one is narrowed widest
	// column first, which costs nothing to compute.
	for c := range widths {
		if w := max(lo[c], width/2); widths[c] > w {
			total -= widths[c] - w
			widths[c] = w
		}
	}
	if len(rows) > maxSearchRows {
		for ; total > width; total-- {
			widest := -1
			for c, w := range widths {
				if w > lo[c] && (widest < 0 || w > widths[widest]) {
					widest = c
				}
			}
			if widest < 0 {
				break
			}
			widths[widest]--
		}
		return widths
	}
	// lines[c][w-lo[c]][r] is the lines row r's cell in column c takes at
	// width w, cuts[c][w-lo[c]] the mid-word cuts in the whole column.
	lines := make([][][]int, len(columns))
	cuts := make([][]int, len(columns))
	for c := range columns {
		for w := lo[c]; w <= widths[c]; w++ {
			per, cut := make([]int, len(rows)), 0
			for r, row := range rows {
				for _, it := range row[c] {
					ls, n := wrapCount(it, w)
					per[r] += len(ls)
					cut += n
				}
			}
			lines[c] = append(lines[c], per)
			cuts[c] = append(cuts[c], cut)
		}
	}
	// cost is the table's height at widths ws, a mid-word cut counting as two
	// more lines: it reads worse than a new line.
	cost := func(ws []int) int {
		n := 0
		for c, w := range ws {
			n += 2 * cuts[c][w-lo[c]]
		}
		for r := range rows {
			h := 0
			for c, w := range ws {
				h = max(h, lines[c][w-lo[c]][r])
			}
			n += h
		}
		return n
	}
	natural := slices.Clone(widths)
	try := slices.Clone(widths)
	for ; total > width; total-- {
		best, bestCost := -1, 0
		for c := range columns {
			if widths[c] <= lo[c] {
				continue
			}
			copy(try, widths)
			try[c]--
			h := cost(try)
			if best < 0 || h < bestCost || h == bestCost && widths[c] > widths[best] {
				best, bestCost = c, h
			}
		}
		if best < 0 {
			return widths // every column at its minimum: wider than width
		}
		widths[best]--
	}
	// The greedy path strands width in columns that no longer need it: move
	// up to 8 columns of width from one column to another while that makes
	// the table cheaper.
	current := cost(widths)
	for range 100 {
		improved := false
		for from := range columns {
			for to := range columns {
				for d := 1; d <= 8 && from != to && widths[from]-d >= lo[from] && widths[to]+d <= natural[to]; d++ {
					copy(try, widths)
					try[from] -= d
					try[to] += d
					if c := cost(try); c < current {
						copy(widths, try)
						current, improved = c, true
						break
					}
				}
			}
		}
		if !improved {
			break
		}
	}
	// Columns left wider than they need (narrowing them costs nothing) give
	// their slack, a column at a time, to the column it helps most, or on a
	// tie to the one with the most lines: a plateau the moves above cannot
	// cross.
	slack := 0
	for c := range columns {
		for widths[c] > lo[c] {
			copy(try, widths)
			try[c]--
			if cost(try) > current {
				break
			}
			widths[c]--
			slack++
		}
	}
	for ; slack > 0; slack-- {
		best, bestCost, bestLines := -1, 0, 0
		for c := range columns {
			if widths[c] >= natural[c] {
				continue
			}
			copy(try, widths)
			try[c]++
			h, n := cost(try), 0
			for _, l := range lines[c][widths[c]-lo[c]] {
				n += l
			}
			if best < 0 || h < bestCost || h == bestCost && n > bestLines {
				best, bestCost, bestLines = c, h, n
			}
		}
		if best < 0 {
			break
		}
		widths[best]++
		current = bestCost
	}
	return widths
}

// breakAfter are the characters a long item may wrap after besides a space:
// paths, dotted names and lists. Not ":" (a file:line stays whole), "_" and
// "-" (parts of names) nor "(" (it would strand "(broad)" and "()").
const breakAfter = "/.,|"

// wrap splits an item into lines of at most width runes, continuation lines
// indented, each ending at the item's last space or separator that fits (in
// the line's last two thirds), else mid-word.
func wrap(s string, width int) []string {
	lines, _ := wrapCount(s, width)
	return lines
}

// wrapCount is wrap, also counting the mid-word cuts it made.
func wrapCount(s string, width int) (lines []string, cuts int) {
	rs := []rune(s)
	prefix := ""
	for {
		limit := width - len(prefix)
		if len(rs) <= limit {
			return append(lines, prefix+string(rs)), cuts
		}
		cut, ok := breakPoint(rs, limit)
		if !ok {
			cuts++
		}
		lines = append(lines, prefix+strings.TrimRight(string(rs[:cut]), " "))
		rs = []rune(strings.TrimLeft(string(rs[cut:]), " "))
		prefix = strings.Repeat(" ", indent)
		if len(rs) == 0 {
			return lines, cuts
		}
	}
}

// breakPoint is where a line of at most limit runes of rs ends, and whether
// that is at a space or separator rather than mid-word.
func breakPoint(rs []rune, limit int) (int, bool) {
	if rs[limit] == ' ' {
		return limit + 1, true // the space just past the limit is dropped
	}
	for i := limit; i > limit/3; i-- {
		if rs[i-1] == ' ' || strings.ContainsRune(breakAfter, rs[i-1]) {
			return i, true
		}
	}
	return limit, false
}

// writeFindings lists the findings under the endpoint they lie on.
func writeFindings(bw *bufio.Writer, inv *Inventory, style func(code, s string) string) {
	first := true
	for i := range inv.Endpoints {
		e := &inv.Endpoints[i]
		if len(e.Details) == 0 {
			continue
		}
		if first {
			fmt.Fprintf(bw, "\n%s\n", style(ansiBold, "Findings on endpoints:"))
			first = false
		}
		fmt.Fprintf(bw, "%s  %s\n", report.Printable(e.String()), report.Printable(e.Registration.String()))
		for _, f := range e.Details {
			loc := f.File
			if f.Line > 0 {
				loc += fmt.Sprintf(":%d", f.Line)
				if f.Column > 0 {
					loc += fmt.Sprintf(":%d", f.Column)
				}
			}
			fmt.Fprintf(bw, "  %s: %s %s: %s\n", report.Printable(loc), f.Rule, f.Severity, report.Printable(f.Message))
		}
	}
	bw.WriteString("\n")
}
