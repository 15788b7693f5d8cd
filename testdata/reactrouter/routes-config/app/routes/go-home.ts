import { redirect } from 'react-router'

// React Router's response helpers do nothing a session matters for.
// ok: CLK101
export function loader() {
  return redirect('/')
}
