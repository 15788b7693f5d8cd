// ok: CLK101
export const db = {
  invoices: { all: async () => [] as { id: string }[] },
  projects: { forUser: async (userId: string) => [userId] },
  users: { all: async () => [] as { id: string }[] },
}
