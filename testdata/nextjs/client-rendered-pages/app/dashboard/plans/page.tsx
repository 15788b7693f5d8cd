'use client'

// Its data comes from the browser; the layout above loads nothing.
// ok: CLK101
export default function Plans() {
  return <p>plans</p>
}
