package effects

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

// clock reads the time through a field the package sets to one function.
type clock struct{ now func() time.Time }

var wall = clock{now: time.Now}

func (c clock) stamp(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(c.now().Unix())
}

// hooks runs whichever function it was built with: the package sets its
// field to two, so what a call of it does is not known.
type hooks struct{ run func() }

var (
	onFlush = hooks{run: flush}
	onReset = hooks{run: reset}
)

func flush() {}

func reset() { todos = map[string]string{} }

func (h hooks) fire(w http.ResponseWriter, r *http.Request) {
	h.run()
}

func registerClock(r chi.Router) {
	r.Get("/time", wall.stamp)    // ok: time.Now has no effect
	r.Post("/fire", onReset.fire) // want `route POST /fire \(chi, registered in registerClock\) has no Clerk session check and what it does could not be determined`
}
