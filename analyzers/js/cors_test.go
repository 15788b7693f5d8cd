package js

import "testing"

func TestAnyOrigin(t *testing.T) {
	tests := []struct {
		name string
		src  string
		line int // 0: none
	}{
		{"const spread into init headers", "const cors = {\n  'Access-Control-Allow-Origin': '*',\n}\nexport function OPTIONS() { return Response.json({}, { headers: { ...cors } }) }", 2},
		{"const given as headers", "const cors = { \"Access-Control-Allow-Origin\": \"*\" } as const\nexport const OPTIONS = () => new Response(null, { headers: cors })", 1},
		{"const named headers, shorthand", "export async function POST() {\n  const headers = { 'access-control-allow-origin': '*' }\n  return Response.json({}, { headers })\n}", 2},
		{"inline literal", "export async function GET() {\n  return Response.json([], {\n    headers: { 'Access-Control-Allow-Origin': '*' },\n  })\n}", 3},
		{"headers.set", "export async function GET() {\n  const h = new Headers()\n  h.set('Access-Control-Allow-Origin', '*')\n  return new Response('x', { headers: h })\n}", 3},
		{"Node setHeader", "export default function handler(req, res) {\n  res.setHeader('Access-Control-Allow-Origin', '*')\n  res.end()\n}", 2},
		{"new Headers literal", "const h = new Headers({ 'Access-Control-Allow-Origin': '*' })", 1},
		{"allowlisted origin", "const cors = { 'Access-Control-Allow-Origin': 'https://shop.example.org' }\nexport const OPTIONS = () => new Response(null, { headers: cors })", 0},
		{"echoed origin", "export const OPTIONS = (req) => new Response(null, { headers: { 'Access-Control-Allow-Origin': req.headers.get('origin') || '*' } })", 0},
		{"request header of a fetch", "export async function POST() {\n  await fetch('https://x.example', { headers: { 'Access-Control-Allow-Origin': '*' } })\n}", 0},
		{"const only given to fetch", "const h = { 'Access-Control-Allow-Origin': '*' }\nexport async function POST() { await fetch('https://x.example', { headers: h }) }", 0},
		{"const never used as headers", "const h = { 'Access-Control-Allow-Origin': '*' }\nexport const config = h", 0},
		{"no header", "export const GET = () => Response.json({})", 0},
	}
	ps := NewParsers(1, Limits{})
	defer ps.Close()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := ps.Parse([]byte(tt.src), TypeScript)
			if err != nil {
				t.Fatal(err)
			}
			defer tr.Close()
			pos, ok := AnyOrigin(tr)
			switch {
			case tt.line == 0 && ok:
				t.Errorf("AnyOrigin = line %d, want none", pos.Line)
			case tt.line != 0 && (!ok || pos.Line != tt.line):
				t.Errorf("AnyOrigin = line %d (%v), want line %d", pos.Line, ok, tt.line)
			}
		})
	}
}
