'use client'
import { useEffect, useState } from 'react'

// ok: CLK101
export function ReportsClient() {
  const [rows, setRows] = useState<string[]>([])
  useEffect(() => {
    fetch('/api/projects').then((r) => r.json()).then(setRows)
  }, [])
  return <ul>{rows.map((r) => <li key={r}>{r}</li>)}</ul>
}
