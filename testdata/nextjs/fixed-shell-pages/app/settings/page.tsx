import { Button } from '../../components/ui/button'
import { currentAccount, initials } from '../../lib/account'

// Loads the visitor's own row only when signed in: a signed-out visitor
// gets the empty form.
// ok: CLK101
export default async function Settings() {
  const account = await currentAccount()
  return (
    <form>
      <span>{initials(account?.name)}</span>
      <input defaultValue={account?.name ?? ''} />
      <Button type="submit">Save</Button>
    </form>
  )
}
