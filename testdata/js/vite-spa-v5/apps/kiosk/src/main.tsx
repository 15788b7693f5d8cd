import { createRoot } from 'react-dom/client'
import { App } from './App'

// ruleid: CLK701
createRoot(document.getElementById('root')!).render(<App />)
