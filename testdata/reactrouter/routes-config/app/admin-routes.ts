// ok: CLK101
import { route } from '@react-router/dev/routes'

export const adminRoutes = () => [route('admin/wipe', 'pages/admin-wipe.tsx')]
