package js

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
)

// EndpointRule is a Checker whose rules judge the scan's endpoints, every
// producer's (Next.js, Express, SvelteKit…), once all are gathered: the
// engine hands them over through scan.EndpointChecker.
type EndpointRule interface {
	CheckEndpoints(m *Model, es []endpoint.Endpoint, report func(rules.Finding))
}

// CheckEndpoints runs the parts that judge endpoints (scan.EndpointChecker).
func (c *checker) CheckEndpoints(p *scan.Project, es []endpoint.Endpoint, emit func(rules.Finding)) {
	m := c.model(p)
	for _, part := range c.parts {
		if er, ok := part.(EndpointRule); ok {
			er.CheckEndpoints(m, es, emit)
		}
	}
}

// HandlerOf finds the summarised function an endpoint's Handler position
// names in its module: a top-level function, a function a wrapper call
// receives, or one a function returns. nil when the producer's handler is
// not one of those (an inline server action): its evidence is not known.
func (m *Model) HandlerOf(e *endpoint.Endpoint) (*Module, *Func) {
	if e.Handler.File == "" || LangOf(e.Handler.File) == NoLang {
		return nil, nil
	}
	if h, ok := m.handlers.Load(e.Handler); ok {
		h := h.(handlerRef)
		return h.mod, h.fn
	}
	mod := m.Module(e.Handler.File)
	if mod == nil || mod.Err != nil {
		return nil, nil
	}
	for _, fn := range m.funcsAt(mod)[e.Handler.Line] {
		if (e.Handler.Col == 0 || fn.Pos.Column == e.Handler.Col) && fn.Calls != nil {
			return mod, fn
		}
	}
	return mod, nil
}

// funcsAt indexes mod's top-level functions, the functions a wrapper call
// receives and the ones a function returns (four levels deep) by their
// line, once per module: HandlerOf asks it for every endpoint of the
// module, and a walk per endpoint would cost a module with thousands of
// exports the square of their number.
func (m *Model) funcsAt(mod *Module) map[int][]*Func {
	if idx, ok := m.funcIndex.Load(mod); ok {
		return idx.(map[int][]*Func)
	}
	idx := map[int][]*Func{}
	var add func(fn *Func, depth int)
	add = func(fn *Func, depth int) {
		if fn == nil || depth > 4 {
			return
		}
		idx[fn.Pos.Line] = append(idx[fn.Pos.Line], fn)
		if fn.Wrapped != nil {
			for _, a := range fn.Wrapped.Args {
				add(a.Func, depth+1)
			}
		}
		add(fn.Returns, depth+1)
	}
	for _, name := range slices.Sorted(maps.Keys(mod.Funcs)) {
		add(mod.Funcs[name], 0)
	}
	idx2, _ := m.funcIndex.LoadOrStore(mod, idx)
	return idx2.(map[int][]*Func)
}

// handlerRef is a handler a producer found (NoteHandler).
type handlerRef struct {
	mod *Module
	fn  *Func
}

// NoteHandler records the function a producer found for an endpoint's
// handler at e.Handler: an arrow passed to router.get(...), an action in an
// object literal, a loader behind a wrapper. HandlerOf finds only a
// module's top-level functions; with this it answers for those too, so the
// rules that re-read a handler (CLK203) judge them instead of skipping
// them as unknown.
func (m *Model) NoteHandler(e *endpoint.Endpoint, mod *Module, fn *Func) {
	if mod != nil && fn != nil && e.Handler.File == mod.Path {
		m.handlers.Store(e.Handler, handlerRef{mod, fn})
	}
}

// addAccess adds what the model knows about an endpoint's authorization to
// a producer's endpoint: the handler's ownership checks (Authorization),
// the row-level security that covers its Supabase queries, and the queries
// filtered by the session (endpoint.QueryEvidence), for the inventory.
func (m *Model) addAccess(e *endpoint.Endpoint) {
	mod, fn := m.HandlerOf(e)
	if fn != nil {
		e.Authz = slices.Clone(e.Authz)
		for _, ev := range m.Authorization(mod, fn) {
			if !slices.Contains(e.Authz, ev) { // a producer may have added the handler's already
				e.Authz = append(e.Authz, ev)
			}
		}
	}
	if pol := m.policies(); len(pol) > 0 {
		e.Effects = append([]endpoint.Effect(nil), e.Effects...)
		for i := range e.Effects {
			f := &e.Effects[i]
			if p, ok := pol[strings.ToLower(f.Model)]; ok && strings.Contains(strings.ToLower(f.Target), "supabase") {
				f.RLS = p
			}
		}
	}
	e.Authz = append(e.Authz, endpoint.QueryEvidence(e)...)
}

// policies maps tables to the row-level security policy that restricts
// them to the Clerk user (auth.jwt()->>'sub' in a CREATE POLICY of the
// project's SQL, on a table with row level security enabled), when a
// project module gives the Supabase client the user's Clerk token
// (getToken in the module that creates it). Read once per model.
func (m *Model) policies() map[string]string {
	m.rls.once.Do(func() {
		var tokenClient bool
		for _, f := range m.Project.Files {
			if f.Ignored || isGenerated(f.Path) || !m.Source(f) {
				continue
			}
			src := m.ReadSmall(f.Path)
			if supabaseClient.Match(src) && clerkToken.Match(src) {
				tokenClient = true
				break
			}
		}
		if !tokenClient {
			return
		}
		sql := m.sqlFiles()
		m.rls.tables = map[string]string{}
		for t, p := range sql.policies {
			if sql.rlsEnabled[t] {
				m.rls.tables[t] = p
			}
		}
	})
	return m.rls.tables
}

// rlsState is the policies' cache.
type rlsState struct {
	once   sync.Once
	tables map[string]string
}

// schemaState is ModelFields' cache.
type schemaState struct {
	once   sync.Once
	fields map[string][]string
}

// ModelFields lists the fields of the models and tables the project
// declares, by endpoint.ModelKey: Prisma models (*.prisma), SQL CREATE
// TABLE statements (*.sql), Drizzle tables (xTable('name', { … })) and
// Mongoose schemas (the keys of a module that calls model('Name', …)),
// read by pattern from the files that hold them. Read once per model.
func (m *Model) ModelFields() map[string][]string {
	m.schema.once.Do(func() {
		out := map[string][]string{}
		add := func(model string, fields []string) {
			k := endpoint.ModelKey(tableName(model))
			out[k] = append(out[k], fields...)
		}
		for _, f := range m.Project.Files {
			if f.Ignored || isGenerated(f.Path) {
				continue
			}
			switch {
			case strings.HasSuffix(f.Path, ".prisma"):
				src := m.ReadSmall(f.Path)
				for _, mt := range prismaModel.FindAllSubmatch(src, -1) {
					add(string(mt[1]), firstWords(prismaField.FindAllSubmatch(mt[2], -1)))
				}
			case m.Source(f) && schemaFile.MatchString(f.Path):
				src := m.ReadSmall(f.Path)
				// Each regexp runs only where its literal is: this reads every
				// schema-like file of the project, on one core.
				if bytes.Contains(src, []byte("able(")) {
					locs := drizzleTable.FindAllSubmatchIndex(src, -1)
					for i, loc := range locs {
						end := len(src)
						if i+1 < len(locs) {
							end = locs[i+1][0]
						}
						keys := firstWords(objectKey.FindAllSubmatch(src[loc[1]:end], -1))
						add(string(src[loc[2]:loc[3]]), keys)
						add(string(src[loc[4]:loc[5]]), keys)
					}
				}
				if bytes.Contains(src, []byte("model")) && mongooseModel.Match(src) {
					keys := firstWords(objectKey.FindAllSubmatch(src, -1))
					for _, mt := range mongooseModel.FindAllSubmatch(src, -1) {
						add(string(mt[1]), keys)
					}
				}
			}
		}
		for _, t := range m.sqlFiles().tables {
			add(t.name, t.fields)
		}
		m.schema.fields = out
	})
	return m.schema.fields
}

// MarkUnowned marks the endpoint's reads of models the project's schema
// declares (ModelFields) without a field naming a person, an owner or a
// tenant (endpoint.Effect.Unowned), for the public-read judgement. The
// effects are copied first: they may be shared with the summaries.
func (m *Model) MarkUnowned(e *endpoint.Endpoint) {
	var fields map[string][]string
	for i, f := range e.Effects {
		if f.Kind != endpoint.DBRead || f.Model == "" {
			continue
		}
		if fields == nil {
			fields = m.ModelFields()
			e.Effects = slices.Clone(e.Effects)
		}
		if cols := fields[endpoint.ModelKey(f.Model)]; len(cols) > 0 && !slices.ContainsFunc(cols, personalField.MatchString) {
			e.Effects[i].Unowned = true
		}
	}
}

// personalField is a schema field that ties a row to a person, an owner or
// a tenant, or holds what only its owner should see.
var personalField = lazyregexp.New(`(?i)user|owner|author|creator|seller|buyer|customer|member|account|tenant|org|team|workspace|clerk|profile|email|phone|address|password|token|secret|session`)

// sqlState is what the project's SQL files declare, read once for both
// ModelFields (CREATE TABLE columns) and policies (row level security).
type sqlState struct {
	once       sync.Once
	rlsEnabled map[string]bool   // lower-case table → ENABLE ROW LEVEL SECURITY seen
	policies   map[string]string // lower-case table → first policy tying rows to the Clerk user
	tables     []sqlDecl
}

type sqlDecl struct {
	name   string
	fields []string
}

// sqlFiles reads every *.sql file of the project once.
func (m *Model) sqlFiles() *sqlState {
	st := &m.sql
	st.once.Do(func() {
		st.rlsEnabled, st.policies = map[string]bool{}, map[string]string{}
		for _, f := range m.Project.Files {
			if f.Ignored || isGenerated(f.Path) || !strings.HasSuffix(f.Path, ".sql") {
				continue
			}
			src := m.ReadSmall(f.Path)
			for _, mt := range createTable.FindAllSubmatch(src, -1) {
				st.tables = append(st.tables, sqlDecl{string(mt[1]), firstWords(sqlColumnDef.FindAllSubmatch(mt[2], -1))})
			}
			for _, mt := range rlsEnabled.FindAllSubmatch(src, -1) {
				st.rlsEnabled[strings.ToLower(tableName(string(mt[1])))] = true
			}
			// Lines are counted from the previous policy on, not from the
			// file's start each time: linear in the file's size.
			line, counted := 1, 0
			for _, loc := range policyStmt.FindAllSubmatchIndex(src, -1) {
				if !jwtSub.Match(src[loc[0]:loc[1]]) {
					continue
				}
				line += bytes.Count(src[counted:loc[0]], []byte("\n"))
				counted = loc[0]
				table := strings.ToLower(tableName(string(src[loc[4]:loc[5]])))
				if _, ok := st.policies[table]; !ok {
					st.policies[table] = fmt.Sprintf("policy %s on %s at %s:%d", src[loc[2]:loc[3]], table, f.Path, line)
				}
			}
		}
	})
	return st
}

func firstWords(ms [][][]byte) []string {
	var out []string
	for _, mt := range ms {
		out = append(out, string(mt[1]))
	}
	return out
}

var (
	prismaModel   = lazyregexp.New(`(?s)\bmodel\s+(\w+)\s*\{(.*?)\n\s*\}`)
	prismaField   = lazyregexp.New(`(?m)^\s*(\w+)\s+\w`)
	createTable   = lazyregexp.New(`(?is)create\s+table\s+(?:if\s+not\s+exists\s+)?([\w."]+)\s*\((.*?)\)\s*;`)
	sqlColumnDef  = lazyregexp.New(`(?m)(?:^|,)\s*"?(\w+)"?\s+\w`)
	schemaFile    = lazyregexp.New(`(?i)(schema|model|entit|drizzle|(^|/)db/|db\.)`)
	drizzleTable  = lazyregexp.New(`(?:const|let)\s+(\w+)\s*=\s*\w*[tT]able\(\s*['"` + "`" + `](\w+)['"` + "`" + `]`)
	mongooseModel = lazyregexp.New(`\bmodel\s*(?:<[^>]*>)?\(\s*['"](\w+)['"]`)
	objectKey     = lazyregexp.New(`(?m)(?:^|[{,])\s*['"]?(\w+)['"]?\s*:`)
)

var (
	rlsEnabled     = lazyregexp.New(`(?i)alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?([\w."]+)\s+enable\s+row\s+level\s+security`)
	policyStmt     = lazyregexp.New(`(?is)create\s+policy\s+("[^"]*"|\w+)\s+on\s+([\w."]+)[^;]*`)
	jwtSub         = lazyregexp.New(`(?is)auth\.jwt\(\)\s*->>\s*'sub'|requesting_user_id\(\)`)
	supabaseClient = lazyregexp.New(`\bcreate(?:Server|Browser)?Client\s*\(`)
	clerkToken     = lazyregexp.New(`\bgetToken\s*\(|\bsession\??\.getToken\b`)
)

func tableName(s string) string {
	s = strings.ReplaceAll(s, `"`, "")
	return s[strings.LastIndexByte(s, '.')+1:]
}
