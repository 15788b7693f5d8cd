package js

import (
	"path"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/javascript"
	"github.com/smacker/go-tree-sitter/typescript/tsx"
	"github.com/smacker/go-tree-sitter/typescript/typescript"
)

// Lang is the grammar a file is parsed with.
type Lang uint8

// Grammars. JavaScript covers JSX (tree-sitter-javascript parses it); TypeScript
// cannot hold JSX, TSX can.
const (
	NoLang Lang = iota
	JavaScript
	TypeScript
	TSX
	// Svelte is a component: its <script> blocks are parsed with the
	// TypeScript grammar in place (SvelteScripts); the tree's Lang is
	// TypeScript.
	Svelte
)

func (l Lang) String() string {
	return [...]string{"none", "javascript", "typescript", "tsx", "svelte"}[l]
}

// grammar returns the tree-sitter language; the grammar packages return a new
// wrapper around a static C table on each call, so this is cheap.
func (l Lang) grammar() *sitter.Language {
	switch l {
	case JavaScript:
		return javascript.GetLanguage()
	case TypeScript, Svelte:
		return typescript.GetLanguage()
	case TSX:
		return tsx.GetLanguage()
	}
	return nil
}

// treeLang is the grammar a tree of lang holds (queries are compiled per
// grammar).
func (l Lang) treeLang() Lang {
	if l == Svelte {
		return TypeScript
	}
	return l
}

// Langs are the grammars in a fixed order (queries are compiled for each).
var Langs = []Lang{JavaScript, TypeScript, TSX}

// LangOf picks the grammar from a file name. Declaration files (.d.ts) hold
// no code and get NoLang.
func LangOf(name string) Lang {
	base := strings.ToLower(path.Base(name))
	if strings.HasSuffix(base, ".d.ts") || strings.HasSuffix(base, ".d.mts") || strings.HasSuffix(base, ".d.cts") {
		return NoLang
	}
	switch path.Ext(base) {
	case ".js", ".jsx", ".mjs", ".cjs":
		return JavaScript
	case ".ts", ".mts", ".cts":
		return TypeScript
	case ".tsx":
		return TSX
	case ".svelte":
		return Svelte
	}
	return NoLang
}

// sourceExts is the resolution order for extensionless import specifiers, as
// TypeScript's bundler resolution tries them.
var sourceExts = []string{".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"}
