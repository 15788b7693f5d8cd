// Which app permissions each role in publicMetadata.role grants.
export const PERMISSIONS: Record<string, string[]> = {
  admin: ['manageUsers', 'contribute'],
  member: ['contribute'],
}
