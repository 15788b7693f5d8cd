import React from 'react'
import ReactDOM from 'react-dom/client'
import { RouterProvider } from 'react-router-dom'
import { ClerkProvider } from '@clerk/clerk-react'
import { router } from './router'

const root = ReactDOM.createRoot(document.getElementById('root')!)
// The provider is here, so CLK701's missing-provider form stays silent.
// ok: CLK701
root.render(
  <React.StrictMode>
    {/* @clerk/clerk-react v5 reads no env variable: no key, no Clerk. */}
    {/* ruleid: CLK701 */}
    <ClerkProvider afterSignOutUrl="/">
      <RouterProvider router={router} />
    </ClerkProvider>
  </React.StrictMode>,
)
