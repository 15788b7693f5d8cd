// Under /dashboard but public on purpose (.clerklint.yml public-routes).
// ok: CLK101
export default function Help() {
  return <p>How the dashboard works</p>
}
