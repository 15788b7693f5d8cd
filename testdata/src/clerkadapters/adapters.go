// Package clerkadapters holds project middleware that adapts clerk-sdk-go's
// net/http middleware to gin, echo and fiber, the way services written in
// those frameworks do. clerklint credits each by what its body does: whether
// a request without a session is stopped before the framework's chain goes on.
package clerkadapters

import (
	"net/http"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

// GinRequire runs the fail-open middleware and rejects, with an abort, when
// the inner handler finds no claims.
func GinRequire() gin.HandlerFunc {
	return func(c *gin.Context) {
		h := clerkhttp.WithHeaderAuthorization()(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			claims, ok := clerk.SessionClaimsFromContext(r.Context())
			if !ok {
				c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
				return
			}
			c.Set("claims", claims)
			c.Request = r
			c.Next()
		}))
		h.ServeHTTP(c.Writer, c.Request)
	}
}

// GinFailOpen passes every request on: WithHeaderAuthorization lets requests
// without a token through and nothing here looks at the claims.
func GinFailOpen() gin.HandlerFunc {
	return func(c *gin.Context) {
		h := clerkhttp.WithHeaderAuthorization()(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			c.Request = r
			c.Next()
		}))
		h.ServeHTTP(c.Writer, c.Request)
	}
}

// GinNoAbort checks the claims but only returns: gin runs the next handlers
// anyway when a middleware returns without aborting.
func GinNoAbort(c *gin.Context) {
	claims, ok := clerk.SessionClaimsFromContext(c.Request.Context())
	if !ok {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
		return
	}
	c.Set("claims", claims)
}

// EchoRequire wraps RequireHeaderAuthorization: next runs only from inside the
// handler the Clerk middleware calls.
func EchoRequire() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			var err error
			clerkhttp.RequireHeaderAuthorization()(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				c.SetRequest(r)
				err = next(c)
			})).ServeHTTP(nil, c.Request())
			return err
		}
	}
}

// EchoAfter runs the fail-open middleware, then checks the claims itself.
func EchoAfter(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		clerkhttp.WithHeaderAuthorization()(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			c.SetRequest(r)
		})).ServeHTTP(nil, c.Request())
		claims, ok := clerk.SessionClaimsFromContext(c.Request().Context())
		if !ok {
			return echo.ErrUnauthorized
		}
		c.Set("claims", claims)
		return next(c)
	}
}

// FiberRequire verifies the bearer token and stops the chain without it.
func FiberRequire() fiber.Handler {
	return func(c *fiber.Ctx) error {
		claims, ok := c.Locals("claims").(*clerk.SessionClaims)
		if !ok || claims == nil {
			return c.SendStatus(fiber.StatusUnauthorized)
		}
		return c.Next()
	}
}

// validate runs the fail-open middleware on a request and returns the claims
// its inner handler found: the session read is in the closure.
func validate(req *http.Request) (*clerk.SessionClaims, error) {
	var claims *clerk.SessionClaims
	var failed error
	clerkhttp.WithHeaderAuthorization()(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, ok := clerk.SessionClaimsFromContext(r.Context())
		if !ok {
			failed = echo.ErrUnauthorized
			return
		}
		claims = c
	})).ServeHTTP(nil, req)
	return claims, failed
}

// FiberValidate rejects requests whose token validate does not accept.
func FiberValidate() fiber.Handler {
	return func(c *fiber.Ctx) error {
		claims, err := validate(&http.Request{})
		if err != nil {
			return fiber.ErrUnauthorized
		}
		c.Locals("claims", claims)
		return c.Next()
	}
}

// RegisterUserRoutes adds routes (and may add middleware) to an app it is given.
func RegisterUserRoutes(app *fiber.App) {
	app.Use(FiberRequire())
}

// NewEcho builds the service's echo instance (with whatever middleware).
func NewEcho() *echo.Echo { return echo.New() }
