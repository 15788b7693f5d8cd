// The app's route lists, kept beside the proxy that reads them.
export const openRoutes = [
  '/', // landing
  '/login(.*)',
  '/register(.*)',
  '/api/catalog', // the course catalogue anyone may browse
  '/api/partners/(.*)',
]

export const routeGroups = {
  inbound: ['/api/inbound/(.*)'],
  members: ['/courses(.*)', '/profile(.*)'],
}
