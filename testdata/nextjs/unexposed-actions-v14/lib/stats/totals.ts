// ok: CLK101
import { recountTotals } from './recount'

// A plain module a server page imports: the page's build reaches every
// action module behind it.
export async function totals() {
  return recountTotals()
}
