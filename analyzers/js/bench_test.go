package js

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// tsxCorpus generates n TSX modules shaped like app code: imports, a client
// component with hooks and JSX, a server route handler with auth checks.
func tsxCorpus(n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		var b bytes.Buffer
		if i%3 == 0 {
			b.WriteString("'use client'\n")
		}
		fmt.Fprintf(&b, `import { useState, useEffect } from 'react'
import { useAuth, useUser } from '@clerk/nextjs'
import { Button } from '@/components/ui/button%d'
import type { Item } from '@/lib/types'

interface Props { items: Item[]; title?: string; onSelect: (id: string) => void }

export function List%d({ items, title = 'Items', onSelect }: Props) {
  const { isLoaded, userId, getToken } = useAuth()
  const [selected, setSelected] = useState<string | null>(null)
  useEffect(() => {
    if (!isLoaded || !userId) return
    getToken().then((t) => fetch('/api/items', { headers: { Authorization: `+"`Bearer ${t}`"+` } }))
  }, [isLoaded, userId])
  return (
    <section className="p-4">
      <h2 className="text-lg font-semibold">{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id} onClick={() => { setSelected(item.id); onSelect(item.id) }}
              className={item.id === selected ? 'bg-gray-100' : undefined}>
            {item.name} <span>{item.count > 0 ? item.count : 'none'}</span>
          </li>
        ))}
      </ul>
      <Button disabled={!userId} onClick={() => setSelected(null)}>Clear</Button>
    </section>
  )
}
`, i, i)
		for j := 0; j < 6; j++ {
			fmt.Fprintf(&b, `
export async function handler%d_%d(req: Request): Promise<Response> {
  const { userId, orgId } = await auth()
  if (!userId) return new Response('unauthorized', { status: 401 })
  const url = new URL(req.url)
  const limit = Number(url.searchParams.get('limit') ?? '20')
  const rows = await db.query.items.findMany({ where: (t, { eq }) => eq(t.ownerId, userId), limit })
  return Response.json({ rows: rows.map((r) => ({ ...r, org: orgId ?? null })), next: rows.length === limit })
}
`, i, j)
		}
		out[i] = b.Bytes()
	}
	return out
}

// corpusSize is the corpus's length in bytes, for b.SetBytes.
func corpusSize(corpus [][]byte) int64 {
	total := 0
	for _, c := range corpus {
		total += len(c)
	}
	return int64(total)
}

// summarizers are a parser and the core queries, closed when the test ends.
func summarizers(tb testing.TB) (*Parsers, *coreQueries) {
	ps := NewParsers(1, Limits{})
	tb.Cleanup(ps.Close)
	cq, err := newCoreQueries()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(cq.close)
	return ps, cq
}

// BenchmarkParse measures tree-sitter TSX parse throughput (trees closed).
// On the 2-core CI VM: about 5-7 MB/s on one goroutine.
func BenchmarkParse(b *testing.B) {
	corpus := tsxCorpus(64)
	ps := NewParsers(1, Limits{})
	defer ps.Close()
	b.SetBytes(corpusSize(corpus))
	b.ResetTimer()
	for range b.N {
		for _, c := range corpus {
			t, err := ps.Parse(c, TSX)
			if err != nil {
				b.Fatal(err)
			}
			t.Close()
		}
	}
}

// BenchmarkSummarize is parse plus the module summary (queries and the
// top-level walk), what the model pays per imported file; header is parse
// plus the header CLK008 reads (Pass.Header), which skips the functions'
// steps.
func BenchmarkSummarize(b *testing.B) {
	corpus := tsxCorpus(64)
	ps, cq := summarizers(b)
	for _, bc := range []struct {
		name string
		sum  func(*Tree, string, *coreQueries) *Module
	}{{"full", summarize}, {"header", summarizeHeader}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(corpusSize(corpus))
			for range b.N {
				for i, c := range corpus {
					t, err := ps.Parse(c, TSX)
					if err != nil {
						b.Fatal(err)
					}
					bc.sum(t, "f"+strconv.Itoa(i)+".tsx", cq)
					t.Close()
				}
			}
		})
	}
}

// BenchmarkWords is a byte gate over the Clerk resource names on
// app-shaped sources: one pass over the file's words (Words.Find) against
// a bytes.Index per name, both reading every file to its end.
func BenchmarkWords(b *testing.B) {
	corpus := tsxCorpus(64)
	names := ClerkResources()
	words := NewWords(names)
	b.Run("find", func(b *testing.B) {
		b.SetBytes(corpusSize(corpus))
		for range b.N {
			for _, c := range corpus {
				words.Find(c, func(int, int) bool { return false })
			}
		}
	})
	b.Run("index-per-name", func(b *testing.B) {
		b.SetBytes(corpusSize(corpus))
		for range b.N {
			for _, c := range corpus {
				for _, n := range names {
					bytes.Contains(c, []byte(n))
				}
			}
		}
	})
}

// rssBytes reads the resident set size (Linux).
func rssBytes(t *testing.T) int64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		t.Skip("no /proc/self/statm")
	}
	f := strings.Fields(string(data))
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

// TestNoCLeak parses, queries and summarises the same files many times: C
// memory (invisible to the Go GC) must stay flat. Without Tree.Close this
// loop leaks about 24 bytes of C heap per source byte, ~200 MB here.
func TestNoCLeak(t *testing.T) {
	if testing.Short() {
		t.Skip("parses ~8 MB")
	}
	corpus := tsxCorpus(8)
	ps, cq := summarizers(t)
	round := func() {
		for _, c := range corpus {
			tr, err := ps.Parse(c, TSX)
			if err != nil {
				t.Fatal(err)
			}
			summarize(tr, "x.tsx", cq)
			tr.Close()
		}
	}
	for range 10 { // warm up allocator arenas
		round()
	}
	runtime.GC()
	before := rssBytes(t)
	size := 0
	for _, c := range corpus {
		size += len(c)
	}
	rounds := (8 << 20) / size
	for range rounds {
		round()
	}
	runtime.GC()
	grown := rssBytes(t) - before
	t.Logf("parsed %d MB, RSS grew %d KB", rounds*size>>20, grown>>10)
	if grown > 40<<20 {
		t.Errorf("RSS grew by %d MB over %d rounds: trees, cursors or parsers are not closed", grown>>20, rounds)
	}
}
