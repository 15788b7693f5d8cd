import { requireUser } from '../../../lib/auth'
import { db } from '../../../lib/db'

// Protected through a project helper that redirects signed-out visitors.
// ok: CLK101
export default async function Projects() {
  const userId = await requireUser()
  const projects = await db.projects.forUser(userId)
  return <p>{projects.length} projects</p>
}
