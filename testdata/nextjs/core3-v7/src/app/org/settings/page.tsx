import { OrganizationProfile } from '@clerk/nextjs'
import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK401
export default async function OrgSettings() {
  await auth.protect((has) => has({ role: 'org:admin' }) || has({ permission: 'org:sys_profile:manage' }))
  return <OrganizationProfile routing="hash" />
}
