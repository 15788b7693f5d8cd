// ok: CLK101
import { Outlet } from 'react-router'

export default function Org() {
  return <Outlet />
}
