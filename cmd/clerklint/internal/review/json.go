package review

import (
	"encoding/json"
	"io"
)

// jsonFormat is the document as JSON, for scripts; the same content as the
// Markdown and HTML reports.
type jsonFormat struct{}

func (jsonFormat) Description() string { return "JSON document with the same content" }

func (jsonFormat) Format(w io.Writer, doc *Document) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
