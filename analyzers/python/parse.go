package python

import (
	"context"
	"errors"
	"time"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/python"

	"github.com/clerklint/clerklint/analyzers/js"
)

// Parse limits: hand-written Python modules are far below them; larger or
// minified files are generated (protobuf stubs, vendored bundles).
const (
	maxParseSize = 2 << 20
	parseTimeout = 3 * time.Second
)

// Reasons a file yields no tree: not errors of the scan, but the file is not
// analysed (a gap when it matters).
var (
	ErrTooLarge = errors.New("too large to parse")
	ErrMinified = errors.New("minified")
	ErrTimeout  = errors.New("parse time limit exceeded")
)

// parse parses one Python source with a fresh parser (the engine runs once
// per project, on one goroutine). Oversize and minified sources are refused
// before tree-sitter allocates anything.
func parse(src []byte) (*sitter.Tree, error) {
	if len(src) > maxParseSize {
		return nil, ErrTooLarge
	}
	if js.Minified(src) {
		return nil, ErrMinified
	}
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(python.GetLanguage())
	p.SetOperationLimit(int(parseTimeout / time.Microsecond))
	t, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		if errors.Is(err, sitter.ErrOperationLimit) {
			return nil, ErrTimeout
		}
		return nil, err
	}
	return t, nil
}
