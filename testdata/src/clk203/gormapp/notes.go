// Package gormapp is a gin service on GORM whose middleware stores the
// session's user under "userID": each mistake beside its safe twin.
package gormapp

import (
	"strconv"

	"github.com/clerk/clerk-sdk-go/v2"
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

// Note is owned by a user.
type Note struct {
	ID     uint
	UserID string
	Body   string
}

// Product has no owner: shared catalogue data (a role question, not an
// ownership one).
type Product struct {
	ID    uint
	Price int
}

type handler struct{ db *gorm.DB }

func requireUser(c *gin.Context) {
	claims, ok := clerk.SessionClaimsFromContext(c.Request.Context())
	if !ok {
		c.AbortWithStatus(401)
		return
	}
	c.Set("userID", claims.Subject)
	c.Next()
}

func (h handler) show(c *gin.Context) {
	var n Note
	h.db.First(&n, c.Param("id")) // want `route GET /api/notes/:id reads a record with h.db.First .* selected by id = .id. from a route parameter`
	c.JSON(200, n)
}

func (h handler) showMine(c *gin.Context) {
	var n Note
	h.db.Where("id = ? AND user_id = ?", c.Param("id"), c.GetString("userID")).First(&n) // ok: owner in the filter
	c.JSON(200, n)
}

func (h handler) remove(c *gin.Context) {
	id, _ := strconv.ParseUint(c.Param("id"), 10, 64)
	h.db.Delete(&Note{}, id) // want `route DELETE /api/notes/:id changes or deletes a record with h.db.Delete`
}

func (h handler) removeMine(c *gin.Context) {
	h.db.Where(&Note{ID: 1, UserID: c.GetString("userID")}).Delete(&Note{}, c.Param("id")) // ok: owner in the struct condition
}

func (h handler) edit(c *gin.Context) {
	var req struct {
		NoteID uint   `json:"noteId"`
		Body   string `json:"body"`
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		return
	}
	h.db.Model(&Note{}).Where("id = ?", req.NoteID).Update("body", req.Body) // want `route PUT /api/notes changes or deletes a record with h.db.Update .* selected by id = .req.NoteID. from the body`
}

func (h handler) editMine(c *gin.Context) {
	var req struct {
		NoteID uint   `json:"noteId"`
		Body   string `json:"body"`
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		return
	}
	h.db.Model(&Note{}).Where(map[string]interface{}{"id": req.NoteID, "user_id": c.MustGet("userID")}).Update("body", req.Body) // ok: owner in the map condition
}

func (h handler) archive(c *gin.Context) {
	claims, _ := clerk.SessionClaimsFromContext(c.Request.Context())
	var n Note
	if err := h.db.First(&n, c.Param("id")).Error; err != nil { // ok: the owner is compared below
		c.AbortWithStatus(404)
		return
	}
	if n.UserID != claims.Subject {
		c.AbortWithStatus(403)
		return
	}
	h.db.Model(&n).Update("body", "") // ok: the loaded, checked row
}

func (h handler) price(c *gin.Context) {
	var p Product
	h.db.First(&p, c.Param("id")) // ok: a model without an owner
	c.JSON(200, p)
}

func routes(h handler) {
	r := gin.Default()
	api := r.Group("/api", requireUser)
	api.GET("/notes/:id", h.show)
	api.GET("/my/notes/:id", h.showMine)
	api.DELETE("/notes/:id", h.remove)
	api.DELETE("/my/notes/:id", h.removeMine)
	api.PUT("/notes", h.edit)
	api.PUT("/my/notes", h.editMine)
	api.POST("/notes/:id/archive", h.archive)
	api.GET("/products/:id", h.price)
	r.Run()
}
