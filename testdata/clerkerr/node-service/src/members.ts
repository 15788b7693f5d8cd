import { createClerkClient } from '@clerk/backend'

// A service class holding its client in a field.
export class Members {
  private client = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY })

  // The caller is told the member left even when Clerk refused.
  async leave(organizationId: string, userId: string) {
    try {
      // ruleid: CLK501
      await this.client.organizations.deleteOrganizationMembership({ organizationId, userId })
    } catch (error) {
      this.log('leave failed', error)
    }
    return true
  }

  // The twin returns false on failure.
  async leaveChecked(organizationId: string, userId: string) {
    try {
      // ok: CLK501
      await this.client.organizations.deleteOrganizationMembership({ organizationId, userId })
    } catch (error) {
      this.log('leave failed', error)
      return false
    }
    return true
  }

  // A swallowed read fails closed: no list, no access.
  async roles(userId: string) {
    try {
      // ok: CLK501
      const { data } = await this.client.users.getOrganizationMembershipList({ userId })
      return data.map((m) => m.role)
    } catch (error) {
      this.log('roles unavailable', error)
    }
    return []
  }

  private log(msg: string, error: unknown) {
    console.error(msg, error)
  }
}
