import { auth } from '@clerk/nextjs/server'

// A role helper: handlers calling it are authorized (role-functions).
export async function requireAdmin() {
  const { has } = await auth()
  if (!has({ role: 'org:admin' })) throw new Error('forbidden')
}

// A wrapper that checks a role before running the handler.
export function withRole(role: string, handler: (req: Request, ctx: any) => Promise<Response>) {
  return async (req: Request, ctx: any) => {
    await auth.protect({ role })
    return handler(req, ctx)
  }
}

// Named for the permission it checks (role-functions: requireCanEdit…):
// editors of a report may change it.
export async function requireCanEditReport(reportId: string) {
  const { has } = await auth()
  if (!has({ permission: 'org:reports:edit' })) throw new Error(`forbidden: ${reportId}`)
}
