import { defineConfig } from 'vite'

export default defineConfig({
  define: {
    // ok: CLK004
    'process.env': {},
    // ok: CLK004
    'import.meta.env.BUILD_ID': JSON.stringify(process.env.BUILD_ID),
  },
  // ok: CLK004
  envPrefix: 'VITE_',
})
