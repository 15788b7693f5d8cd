// ok: CLK203
type Album = { ownerId: string; editorIds: string[]; hidden: boolean }

// AlbumPolicy answers what a user may do with one album.
export class AlbumPolicy {
  constructor(private album: Album) {}

  canEdit(user: { id: string }) {
    return this.album.ownerId === user.id || this.album.editorIds.includes(user.id)
  }

  isListed() {
    return !this.album.hidden
  }
}
