import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// ok: CLK004
export default defineConfig({ plugins: [react()] })
