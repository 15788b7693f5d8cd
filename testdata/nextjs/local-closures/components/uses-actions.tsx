'use client'
// ok: CLK101
import { formatLabel, saveLabel } from '@/app/actions/labels'

export function LabelForm() {
  return <button onClick={async () => saveLabel(await formatLabel('box', 'l'))}>Save</button>
}
