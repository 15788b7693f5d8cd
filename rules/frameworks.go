package rules

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// Framework is a key of a rule's frameworks notes, the name shown for it and
// the engine that reads its code.
type Framework struct {
	Key    string
	Name   string
	Engine string
}

// frameworks are the keys a rule's notes may use, in the order they are shown.
var frameworks = []Framework{
	{"go", "Go", "go"},
	{"javascript", "JavaScript and TypeScript", "js"},
	{"nextjs", "Next.js", "js"},
	{"react", "React single-page apps", "js"},
	{"express", "Express, Fastify and Hono", "js"},
	{"sveltekit", "SvelteKit", "js"},
	{"react-router", "React Router v7 and Remix", "js"},
	{"python", "Python", "python"},
	{"fastapi", "FastAPI", "python"},
	{"flask", "Flask", "python"},
	{"django", "Django and Django REST framework", "python"},
}

// Frameworks returns the framework keys a rule's notes may use, in display order.
func Frameworks() []Framework { return append([]Framework(nil), frameworks...) }

// Note is a rule's detail for one framework.
type Note struct {
	Framework
	Text string
}

// Notes returns the rule's framework notes in display order. The rationale
// says why a rule matters everywhere; a note says what it means (what is
// reported, what counts as a fix) in one framework, and `clerklint explain`
// shows the notes of the frameworks a project uses.
func (r *Rule) Notes() []Note {
	var out []Note
	for _, f := range frameworks {
		if t, ok := r.Frameworks[f.Key]; ok {
			out = append(out, Note{Framework: f, Text: t})
		}
	}
	return out
}

// MaxRationaleWords bounds a rule's rationale: the why a reader takes in at
// once. Framework detail belongs in the rule's frameworks notes.
const MaxRationaleWords = 150

func validateFrameworks(r *Rule, n *yaml.Node) LoadErrors {
	fw := valueNode(n, "frameworks")
	if fw == nil {
		return nil
	}
	var errs LoadErrors
	if fw.Kind == yaml.AliasNode {
		fw = fw.Alias
	}
	known := make([]string, len(frameworks))
	for i, f := range frameworks {
		known[i] = f.Key
	}
	for i := 0; i+1 < len(fw.Content); i += 2 {
		k, v := fw.Content[i], fw.Content[i+1]
		field := "frameworks." + k.Value
		switch {
		case !isFramework(k.Value):
			errs = append(errs, &LoadError{File: r.Pos.File, Line: k.Line, Rule: r.ID, Field: field,
				Msg: fmt.Sprintf("unknown framework (known: %s)", strings.Join(known, ", "))})
		case strings.TrimSpace(r.Frameworks[k.Value]) == "":
			errs = append(errs, &LoadError{File: r.Pos.File, Line: v.Line, Rule: r.ID, Field: field, Msg: "is empty"})
		}
	}
	return errs
}

func isFramework(key string) bool {
	for _, f := range frameworks {
		if f.Key == key {
			return true
		}
	}
	return false
}
