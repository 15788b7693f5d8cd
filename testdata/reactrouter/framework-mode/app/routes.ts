// ok: CLK101
import { type RouteConfig, index, layout, prefix, route } from '@react-router/dev/routes'

const api = [
  route('invoices', 'routes/api.invoices.ts'),
  route('me', 'routes/api.me.ts'),
  route('webhooks/clerk', 'routes/api.webhooks.ts'),
]

export default [
  index('routes/home.tsx'),
  route('sign-in/*', 'routes/sign-in.tsx'),
  route('sign-up', 'routes/sign-up.tsx'),
  layout('routes/signed-in.tsx', [
    route('dashboard', 'routes/dashboard.tsx'),
    route('settings', 'routes/settings.tsx'),
  ]),
  ...prefix('api', api),
  route('notes/:id', 'routes/note.tsx'),
] satisfies RouteConfig
