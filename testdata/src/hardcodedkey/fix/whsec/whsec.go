package whsec

import (
	"net/http"

	svix "github.com/svix/svix-webhooks/go"
)

func handler(w http.ResponseWriter, r *http.Request) {
	wh, _ := svix.NewWebhook("whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") // want `webhook signing secret`
	_ = wh
}

// "os" names something else here: no fix.
func shadowed(os string) {
	_, _ = svix.NewWebhook("whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") // want `webhook signing secret`
}
