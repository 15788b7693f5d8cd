import { redirect } from 'next/navigation'

// Redirects before rendering anything of its own.
// ok: CLK101
export default function AdminIndex() {
  redirect('/admin/users')
}
