import ReactDOM from 'react-dom/client'
import { ClerkProvider, SignIn } from '@clerk/clerk-react'

const root = ReactDOM.createRoot(document.getElementById('root') as HTMLElement)
// ok: CLK701
root.render(
  // ok: CLK701
  <ClerkProvider publishableKey={process.env.REACT_APP_CLERK_PUBLISHABLE_KEY!}>
    <SignIn />
  </ClerkProvider>,
)
