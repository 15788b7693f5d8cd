// Package unverified holds Clerk webhook handlers that act on payloads whose
// svix signature was not (or not properly) verified (CLK301).
package unverified

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	svix "github.com/svix/svix-webhooks/go"
)

type event struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func secret() string { return os.Getenv("CLERK_WEBHOOK_SIGNING_SECRET") }

// Reads the svix headers, never verifies them.
func headersOnly(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("svix-id") == "" {
		http.Error(w, "missing headers", http.StatusBadRequest)
		return
	}
	var evt event
	json.NewDecoder(r.Body).Decode(&evt) // want `^webhook handler decodes the payload without verifying its svix signature: create svix.NewWebhook\(secret\) and return 400 unless wh.Verify\(payload, r.Header\) succeeds first$`
}

// Registered at a webhook route and switching on Clerk events.
func clerkEvents(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	var evt event
	json.Unmarshal(payload, &evt) // want `^webhook handler for "/api/webhooks/clerk" decodes the payload without verifying its svix signature`
	switch evt.Type {
	case "user.created", "user.deleted":
	}
}

func discarded(w http.ResponseWriter, r *http.Request) {
	wh, _ := svix.NewWebhook(secret())
	payload, _ := io.ReadAll(r.Body)
	_ = wh.Verify(payload, r.Header) // want `^the error of wh.Verify is discarded: return 400 when it fails, before acting on the payload$`
	var evt event
	json.Unmarshal(payload, &evt)
}

func statement(w http.ResponseWriter, r *http.Request) {
	wh, _ := svix.NewWebhook(secret())
	payload, _ := io.ReadAll(r.Body)
	wh.Verify(payload, r.Header) // want `the error of wh.Verify is discarded`
	var evt event
	json.Unmarshal(payload, &evt)
}

func unchecked(w http.ResponseWriter, r *http.Request) {
	wh, _ := svix.NewWebhook(secret())
	payload, _ := io.ReadAll(r.Body)
	err := wh.Verify(payload, r.Header) // want `^the error of wh.Verify is not checked: return 400 when it fails, before acting on the payload$`
	var evt event
	json.Unmarshal(payload, &evt)
	log.Println(err)
}

func logsOnly(w http.ResponseWriter, r *http.Request) {
	wh, _ := svix.NewWebhook(secret())
	payload, _ := io.ReadAll(r.Body)
	if err := wh.Verify(payload, r.Header); err != nil { // want `^the handler goes on when wh.Verify fails: return \(400\) in the error branch$`
		log.Println("bad signature:", err)
	}
	var evt event
	json.Unmarshal(payload, &evt)
}

func decodedFirst(w http.ResponseWriter, r *http.Request) {
	wh, _ := svix.NewWebhook(secret())
	payload, _ := io.ReadAll(r.Body)
	var evt event
	json.Unmarshal(payload, &evt) // want `^webhook payload is decoded by json.Unmarshal before its signature is verified: verify the raw body with wh.Verify first and decode it only after that succeeded$`
	if err := wh.Verify(payload, r.Header); err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
}

func ignoringTimestamp(w http.ResponseWriter, r *http.Request) {
	wh, _ := svix.NewWebhook(secret())
	payload, _ := io.ReadAll(r.Body)
	if err := wh.VerifyIgnoringTimestamp(payload, r.Header); err != nil { // want `^webhook verification ignores the svix-timestamp, so replayed deliveries pass: use wh.Verify, which also checks the timestamp window$`
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var evt event
	json.Unmarshal(payload, &evt)
}

// gin: the same mistakes through *gin.Context.
func ginHook(c *gin.Context) {
	if c.GetHeader("Svix-Signature") == "" {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var evt event
	json.NewDecoder(c.Request.Body).Decode(&evt) // want `webhook handler decodes the payload without verifying its svix signature`
}

func register() {
	http.HandleFunc("/api/webhooks/clerk", clerkEvents)
	http.HandleFunc("/hooks/a", headersOnly)
}
