type Project = { id: string; ownerId: string; name: string }

const projects: Project[] = []

export const db = {
  projects: {
    async listByOwner(ownerId: string) {
      return projects.filter((p) => p.ownerId === ownerId)
    },
    async create(ownerId: string, name: string) {
      const p = { id: crypto.randomUUID(), ownerId, name }
      projects.push(p)
      return p
    },
  },
  users: {
    async upsert(id: string, email: string | undefined) {
      return { id, email }
    },
    async remove(id: string) {
      return id
    },
  },
}
