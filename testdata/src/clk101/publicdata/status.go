package publicdata

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// publicRooms reads only the rooms their owners opened: the constant in the
// filter is the app's own line between public and private rows.
func publicRooms(w http.ResponseWriter, r *http.Request) {
	db.Query("SELECT id, title FROM rooms WHERE visibility = 'public' ORDER BY title")
}

// roomsByVisibility lets the caller choose, private rooms included.
func roomsByVisibility(w http.ResponseWriter, r *http.Request) {
	db.Query("SELECT id, title FROM rooms WHERE visibility = $1", r.URL.Query().Get("v"))
}

func registerRooms(r chi.Router) {
	r.Get("/rooms/open", publicRooms)  // ok: reads only rows a public status selects
	r.Get("/rooms", roomsByVisibility) // want `route GET /rooms \(chi, registered in registerRooms\) has no Clerk session check and it reads data`
}
