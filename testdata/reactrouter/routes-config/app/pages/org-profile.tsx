import { OrganizationProfile } from '@clerk/react-router'

export default function OrgProfile() {
  // ruleid: CLK401
  return <OrganizationProfile />
}
