// ok: CLK101
import { type RouteConfig, route } from '@react-router/dev/routes'

export default [
  route('api/reports', 'routes/api.reports.ts'),
  route('api/audit', 'routes/api.audit.ts'),
  route('api/members', 'routes/api.members.ts'),
  route('api/sign-out', 'routes/api.sign-out.ts'),
] satisfies RouteConfig
