import { Outlet } from 'react-router'

// Only the routes under the _auth layout use Clerk, and that layout renders the provider.
// ok: CLK701, CLK103
export default function App() {
  return <Outlet />
}
