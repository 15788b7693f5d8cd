import { store } from '../lib/data'

// An async server component: it loads the user list for each request.
// ok: CLK101
export async function TeamList() {
  const users = await store.users.list()
  return <ul>{users.map((u) => <li key={u.id}>{u.email}</li>)}</ul>
}
