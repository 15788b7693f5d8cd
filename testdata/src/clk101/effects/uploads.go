package effects

import "github.com/gin-gonic/gin"

// upload stores whatever anyone sends: a storage write through the router.
func upload(c *gin.Context) {
	f, _ := c.FormFile("file")
	_ = c.SaveUploadedFile(f, "/srv/uploads/"+f.Filename)
}

func uploads() {
	g := gin.New()
	g.POST("/upload", upload) // want `route POST /upload \(gin, registered in uploads\) has no Clerk session check and it writes files \(c.SaveUploadedFile at uploads.go:\d+\)`
	_ = g
}
