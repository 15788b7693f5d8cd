import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  return {
    plugins: [react()],
    define: {
      // ruleid: CLK004
      'process.env': process.env,
      // ok: CLK004
      'process.env.NODE_ENV': JSON.stringify(mode),
      // ok: CLK004
      __APP_VERSION__: JSON.stringify('1.0.0'),
      // ruleid: CLK004
      // ok: CLK003
      __CLERK__: JSON.stringify(env.CLERK_SECRET_KEY),
    },
    // ruleid: CLK004
    envPrefix: ['VITE_', 'CLERK_'],
  }
})
