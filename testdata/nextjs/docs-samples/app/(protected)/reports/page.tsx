// ok: CLK101, CLK102
export default function Reports() {
  return <h1>Reports</h1>
}
