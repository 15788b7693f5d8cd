import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  async rewrites() {
    return [{ source: '/login/:path*', destination: '/sign-in/:path*' }]
  },
}

export default nextConfig
