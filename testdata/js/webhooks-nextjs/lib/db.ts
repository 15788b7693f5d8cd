// ok: CLK301
export const db = {
  user: {
    upsert: async (_: unknown) => {},
    delete: async (_: unknown) => {},
  },
}
