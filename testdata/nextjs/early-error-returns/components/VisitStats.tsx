'use client'
import { topPages, preview } from '../app/actions/visits'

// ok: CLK101
export function VisitStats({ projectId }: { projectId: string }) {
  return (
    <div>
      <button onClick={() => topPages(projectId)}>Top pages</button>
      <button onClick={() => preview(projectId, true)}>Preview</button>
    </div>
  )
}
