package scan

// Local is a Checker whose Check reports only in the file it is given and
// leaves nothing behind that another file's check, a Finisher or an endpoint
// source reads (what it needs from the project it reads from the Project).
// When files are named (pre-commit, `scan FILE…`), the rest of the tree is
// there for context only and their findings are dropped, so a Local checker
// is not offered those files: checking them would change nothing.
type Local interface {
	Local()
}

// contextOnly reports whether c would check f for nothing: f is walked for
// context only and c is Local.
func contextOnly(c Checker, f *File) bool {
	if f.Report {
		return false
	}
	_, ok := c.(Local)
	return ok
}
