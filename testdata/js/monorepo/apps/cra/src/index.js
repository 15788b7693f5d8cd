import React from 'react'
import ReactDOM from 'react-dom/client'
import { ClerkProvider } from '@clerk/clerk-react'

// ok: CLK004
const publishableKey = process.env.REACT_APP_CLERK_PUBLISHABLE_KEY
// ruleid: CLK003, CLK004
const secretKey = process.env.REACT_APP_CLERK_SECRET_KEY

ReactDOM.createRoot(document.getElementById('root')).render(
  <ClerkProvider publishableKey={publishableKey} data-sk={secretKey} />,
)
