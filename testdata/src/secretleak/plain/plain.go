// Package plain reads other variables only: nothing to report.
package plain

import (
	"log"
	"os"
)

func main() {
	port := os.Getenv("PORT")
	pub := os.Getenv("CLERK_PUBLISHABLE_KEY")
	jwtKey := os.Getenv("CLERK_JWT_KEY")
	log.Println(port, pub, jwtKey)
	stripe := os.Getenv("STRIPE_SECRET_KEY")
	log.Println(stripe)
	// Whole names count only whole: another vendor's webhook secret is not Clerk's.
	log.Println(os.Getenv("STRIPE_WEBHOOK_SECRET"))
}
