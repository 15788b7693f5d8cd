// ok: CLK101
import { backendJson } from './backend'

export type CallOptions = { token?: string }

export async function listItems(input: { limit: number; cursor?: string }, options: CallOptions = {}) {
  return backendJson<{ items: unknown[] }>({
    path: '/items',
    token: options.token,
    query: { limit: input.limit, cursor: input.cursor },
  })
}
