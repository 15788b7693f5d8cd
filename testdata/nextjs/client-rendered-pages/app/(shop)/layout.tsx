import { store } from '../../lib/data'

// A route group's layout is at the URL '/', above the private section: it
// wraps public pages too, so its banner is public by design.
// ok: CLK101
export default async function ShopLayout({ children }: { children: React.ReactNode }) {
  const banner = await store.banners.current()
  return (
    <div>
      <p>{banner.text}</p>
      {children}
    </div>
  )
}
