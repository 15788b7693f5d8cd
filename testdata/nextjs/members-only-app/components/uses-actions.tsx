'use client'
// ok: CLK101
import { postById, warmUp } from '@/app/actions/posts'

export function Post({ id }: { id: number }) {
  return <button onClick={async () => { await warmUp(); await postById(id) }}>Open</button>
}
