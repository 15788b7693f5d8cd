'use client'
// The app's client code imports its action modules, so Next.js registers
// their exports as server actions (a module nothing imports holds none).
// ok: CLK101
import * as files from '../app/actions/files'
import * as billing from '../app/actions/billing'

export function Actions() {
  return <button onClick={() => { void files.listFiles(); void billing.exportReport('core') }}>Go</button>
}
