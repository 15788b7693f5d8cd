import { createBrowserRouter } from 'react-router-dom'
import { SignIn, SignUp, SignedIn, UserButton, UserProfile } from '@clerk/clerk-react'

export const router = createBrowserRouter([
  {
    path: '/',
    element: (
      <SignedIn>
        <UserButton />
      </SignedIn>
    ),
    children: [
      // ok: CLK401
      { path: 'profile', element: <UserProfile /> },
      // A nested splat whose path prop ends the same way.
      // ok: CLK401
      { path: 'account/*', element: <UserProfile path="/account" /> },
    ],
  },
  // ruleid: CLK401
  { path: '/sign-in', element: <SignIn routing="path" path="/sign-in" /> },
  // ok: CLK401
  { path: '/sign-up/*', element: <SignUp routing="path" path="/sign-up" /> },
  // ok: CLK401
  { path: '/join', element: <SignUp routing="virtual" /> },
])
