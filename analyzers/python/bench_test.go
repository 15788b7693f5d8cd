package python_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/python"
)

// BenchmarkLoad measures parse throughput (MB/s via SetBytes) of Load over a
// generated FastAPI project: 40 router modules of routes with dependencies.
func BenchmarkLoad(b *testing.B) {
	files := map[string]string{"app/__init__.py": "", "app/auth.py": "from fastapi_clerk_auth import ClerkHTTPBearer, ClerkConfig\nguard = ClerkHTTPBearer(ClerkConfig(jwks_url='x'))\n"}
	var total int
	for i := range 40 {
		var src strings.Builder
		src.WriteString("from fastapi import APIRouter, Depends\nfrom app.auth import guard\n\nrouter = APIRouter(prefix='/r" + fmt.Sprint(i) + "')\n\n")
		for j := range 60 {
			fmt.Fprintf(&src, "@router.get('/items/{item_id}/%d')\nasync def handler_%d(item_id: int, creds=Depends(guard), session=Depends(get_session)):\n    row = session.get(Item, item_id)\n    if row is None:\n        raise HTTPException(status_code=404)\n    return {'id': row.id, 'name': row.name.strip(), 'n': %d}\n\n", j, j, j)
		}
		files[fmt.Sprintf("app/routes/r%d.py", i)] = src.String()
		total += src.Len()
	}
	p := project(b, files)
	b.SetBytes(int64(total))
	b.ResetTimer()
	for range b.N {
		m := python.Load(p)
		if len(m.Files) != 41 {
			b.Fatalf("parsed %d modules", len(m.Files))
		}
		m.Close()
	}
}
