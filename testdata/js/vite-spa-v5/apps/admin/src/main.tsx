import { createRoot } from 'react-dom/client'
import { Providers } from './Providers'
import { Dashboard } from './Dashboard'

// ok: CLK701
createRoot(document.getElementById('root')!).render(
  <Providers>
    <Dashboard />
  </Providers>,
)
