import { auth } from '@clerk/nextjs/server'

// ok: CLK101
export async function DELETE() {
  // ruleid: CLK102
  auth().protect()
  return Response.json({ deleted: true })
}
