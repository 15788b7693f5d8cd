package ginapp

import (
	"clerkauth"

	"github.com/gin-gonic/gin"
)

func list(c *gin.Context) {}

func main() {
	r := gin.Default()
	r.GET("/healthz", list)   // want `gin GET /healthz open clerk=true chain=\[\] handler=`
	r.GET("/api/early", list) // want `gin GET /api/early open clerk=true chain=\[\] handler=`
	api := r.Group("/api", clerkauth.Gin())
	api.GET("/items", list) // want `gin GET /api/items protected clerk=true chain=\[2:protects-middleware\] handler=`
	v2 := r.Group("/v2")
	v2.GET("/before", list) // want `gin GET /v2/before open clerk=true chain=\[\] handler=`
	v2.Use(clerkauth.Gin())
	v2.GET("/after", list)                         // want `gin GET /v2/after protected clerk=true chain=\[2:protects-middleware\] handler=`
	r.POST("/api/route-mw", clerkauth.Gin(), list) // want `gin POST /api/route-mw protected clerk=true chain=\[3:protects-middleware\] handler=`
	r.Run()
}
