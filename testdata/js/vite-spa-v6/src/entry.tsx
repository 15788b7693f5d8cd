// The entry index.html names: ClerkProvider lives in App, one import away.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import App from './App'

// ok: CLK701
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
