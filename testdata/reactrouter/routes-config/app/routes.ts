// ok: CLK101
import { type RouteConfig, route } from '@react-router/dev/routes'
import { flatRoutes } from '@react-router/fs-routes'
import { adminRoutes } from './admin-routes'

export default [
  route('org/:orgId', 'pages/org.tsx', [
    route('members/*', 'pages/members.tsx'),
    route('profile', 'pages/org-profile.tsx'),
  ]),
  { path: 'legacy', file: 'pages/legacy.tsx' },
  ...adminRoutes(),
  ...(await flatRoutes()),
] satisfies RouteConfig
