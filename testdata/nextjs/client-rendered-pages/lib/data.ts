// ok: CLK101
export const store = {
  messages: async (locale: string) => ({ locale, hello: 'Hello' }),
  users: { list: async () => [] as { id: string; email: string }[] },
  invoices: { list: async () => [] as { id: string; total: number }[] },
  projects: { forOwner: async (ownerId: string) => [{ ownerId }] },
  banners: { current: async () => ({ text: 'Sale' }) },
}
