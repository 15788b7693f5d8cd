import { BrowserRouter, Route, Routes } from 'react-router-dom'
import { ClerkProvider, OrganizationProfile, Show, SignIn, SignUp, UserButton, UserProfile } from '@clerk/react'
import { AccountPage } from './pages/AccountPage'
import SettingsPage from './pages/SettingsPage'

// A path-routed component defined next to its route.
function RegisterPage() {
  return <SignUp routing="path" path="/register" />
}

export default function App() {
  return (
    // Core 3 falls back to VITE_CLERK_PUBLISHABLE_KEY: no prop is fine.
    // ok: CLK701
    <ClerkProvider afterSignOutUrl="/">
      <BrowserRouter>
        <Show when="signed-in">
          <UserButton />
        </Show>
        <Routes>
          {/* Path routing on a route that only matches /sign-in exactly. */}
          {/* ruleid: CLK401 */}
          <Route path="/sign-in" element={<SignIn path="/sign-in" />} />
          {/* The splat serves /sign-up/factor-one, /sign-up/verify-email-address… */}
          {/* ok: CLK401 */}
          <Route path="/sign-up/*" element={<SignUp path="/sign-up" />} />
          {/* No path prop: @clerk/react routes by hash. */}
          {/* ok: CLK401 */}
          <Route path="/login" element={<SignIn />} />
          {/* ok: CLK401 */}
          <Route path="/profile" element={<UserProfile routing="hash" />} />
          {/* ruleid: CLK401 */}
          <Route path="/register" element={<RegisterPage />} />
          {/* The component is in another module. */}
          {/* ruleid: CLK401 */}
          <Route path="/account" element={<AccountPage />} />
          {/* ok: CLK401 */}
          <Route path="/settings/*" element={<SettingsPage />} />
          {/* A splat, but the path prop names another URL. */}
          {/* ruleid: CLK401 */}
          <Route path="/org/*" element={<OrganizationProfile path="/organization" />} />
        </Routes>
      </BrowserRouter>
    </ClerkProvider>
  )
}
