import { UserButton } from '@clerk/nextjs'

// ok: CLK101, CLK102, CLK401
export default function Profile() {
  return (
    <UserButton>
      <UserButton.UserProfilePage label="Custom" url="custom" labelIcon={<span>*</span>}>
        <p>Custom page</p>
      </UserButton.UserProfilePage>
    </UserButton>
  )
}
