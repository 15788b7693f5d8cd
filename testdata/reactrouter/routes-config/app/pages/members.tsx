import { OrganizationProfile } from '@clerk/react-router'

export default function Members() {
  // ok: CLK401
  return <OrganizationProfile />
}
