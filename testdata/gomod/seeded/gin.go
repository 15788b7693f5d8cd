package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// billingRouter serves the billing API with gin, mounted under /billing.
func billingRouter() http.Handler {
	g := gin.New()
	// ruleid: CLK101
	g.GET("/invoices", func(c *gin.Context) {
		var n int
		_ = db.QueryRowContext(c.Request.Context(), "SELECT count(*) FROM invoices").Scan(&n)
		c.JSON(http.StatusOK, n)
	})
	return g
}
