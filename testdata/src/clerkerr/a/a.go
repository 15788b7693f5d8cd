package a

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	clerk "github.com/clerk/clerk-sdk-go/v2"
	"github.com/clerk/clerk-sdk-go/v2/jwt"
	"github.com/clerk/clerk-sdk-go/v2/user"
	v1 "github.com/clerkinc/clerk-sdk-go/clerk"
)

func discarded(ctx context.Context, w http.ResponseWriter, id string) {
	usr, _ := user.Get(ctx, id) // want `^error of user.Get is discarded: check it and stop on failure, or usr is nil when Clerk is unreachable$`
	fmt.Fprintln(w, usr.ID)

	user.Delete(ctx, id)     // want `^result and error of user.Delete are discarded: check the error, the call fails when Clerk is unreachable or rate-limits$`
	_, _ = user.Ban(ctx, id) // want `error of user.Ban is discarded`

	client := user.NewClient(&clerk.ClientConfig{})
	u2, _ := client.Get(ctx, id) // want `error of user.Client.Get is discarded`
	_ = u2

	var u3, _ = user.Lock(ctx, id) // want `error of user.Lock is discarded`
	_ = u3
}

func usedBeforeCheck(ctx context.Context, w http.ResponseWriter, id string) {
	usr, err := user.Get(ctx, id)
	fmt.Fprintln(w, usr.ID) // want `^usr is used before the error of user.Get is checked: check err first, usr is nil when Clerk is unreachable$`
	if err != nil {
		return
	}
}

// Clerk's own docs example: the error branch only has a comment.
func fallsThrough(ctx context.Context, w http.ResponseWriter, id string) {
	usr, err := user.Get(ctx, id)
	if err != nil {
		// handle the error
	}
	fmt.Fprintln(w, usr.ID) // want `^usr is used after its error branch falls through: return \(or stop\) when user.Get fails, usr is nil on a Clerk outage$`
}

func logsAndContinues(ctx context.Context, w http.ResponseWriter, id string) {
	usr, err := user.Update(ctx, id, &user.UpdateParams{})
	if err != nil {
		log.Println("update failed:", err)
		http.Error(w, "clerk unavailable", http.StatusServiceUnavailable)
	}
	json.NewEncoder(w).Encode(usr) // want `usr is used after its error branch falls through`
}

func neverChecked(ctx context.Context, id string) (err error) {
	defer func() { recover() }()
	_, err = user.Unban(ctx, id) // want `error of user.Unban is never checked`
	return nil
}

func overwritten(ctx context.Context, id string) error {
	usr, err := user.Get(ctx, id)
	list, err := user.List(ctx, &user.ListParams{}) // want `error of user.Get is overwritten before it is checked`
	if err != nil {
		return err
	}
	_, _ = usr, list
	return nil
}

func v1Calls(id string) {
	client, _ := v1.NewClient("key") // want `error of clerk.NewClient is discarded`
	u, _ := client.Users().Read(id)  // want `error of clerk.UsersService.Read is discarded`
	_ = u
}

// ---- correct code ----

func checked(ctx context.Context, w http.ResponseWriter, id string) {
	usr, err := user.Get(ctx, id)
	if err != nil {
		http.Error(w, "user service unavailable", http.StatusServiceUnavailable)
		return
	}
	fmt.Fprintln(w, usr.ID)
}

func propagated(ctx context.Context, id string) (*clerk.User, error) {
	return user.Get(ctx, id)
}

func returnedTogether(ctx context.Context, id string) (*clerk.User, error) {
	usr, err := user.Get(ctx, id)
	return usr, err
}

func checkedInline(ctx context.Context, id string) string {
	if usr, err := user.Get(ctx, id); err == nil {
		return usr.ID
	}
	usr, err := user.Get(ctx, id)
	if err != nil {
		log.Fatalf("clerk: %v", err)
	}
	return usr.ID
}

func wrapped(ctx context.Context, id string) error {
	if _, err := user.Delete(ctx, id); err != nil {
		return fmt.Errorf("delete %s: %w", id, err)
	}
	return nil
}

// Token verification is CLK102/CLK104's business, not this rule's.
func verify(ctx context.Context, tok string) {
	claims, _ := jwt.Verify(ctx, &jwt.VerifyParams{Token: tok})
	_ = claims
}

// Not an API call: no error result.
func pointers() { _ = clerk.String("x") }

// A bare return hands the named error to the caller.
func namedResult(ctx context.Context, id string) (usr *clerk.User, err error) {
	usr, err = user.Get(ctx, id)
	return
}
