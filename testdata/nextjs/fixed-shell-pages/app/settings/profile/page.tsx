import { anyAccount } from '../../../lib/account'

// Reads a row whether or not anyone is signed in.
// ruleid: CLK101
export default async function Profile() {
  const account = await anyAccount()
  return <p>{account?.name}</p>
}
