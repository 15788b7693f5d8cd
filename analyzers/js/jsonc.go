package js

import (
	"encoding/json"
)

// stripJSONC turns JSON with comments and trailing commas (tsconfig.json,
// jsconfig.json, VS Code style) into strict JSON: comments become spaces, and
// a comma followed only by whitespace/comments before '}' or ']' is dropped.
// Strings are copied verbatim, so "//" inside a path survives.
func stripJSONC(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(src) {
				j = len(src) - 1
			}
			out = append(out, src[i:j+1]...)
			i = j
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			out = append(out, '\n')
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			i += 2
			for i+1 < len(src) && (src[i] != '*' || src[i+1] != '/') {
				i++
			}
			i++
			out = append(out, ' ')
		case c == ',':
			j := skipSpaceAndComments(src, i+1)
			if j < len(src) && (src[j] == '}' || src[j] == ']') {
				continue
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out
}

// unmarshalJSONC decodes tolerant JSON into v.
func unmarshalJSONC(src []byte, v any) error {
	if len(src) >= 3 && src[0] == 0xef && src[1] == 0xbb && src[2] == 0xbf {
		src = src[3:]
	}
	return json.Unmarshal(stripJSONC(src), v)
}
