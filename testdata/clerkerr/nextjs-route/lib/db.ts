// ok: CLK501
export const db = {
  account: {
    deleteMany: async (q: { where: { userId: string } }) => q,
    findFirst: async (q: { where: { userId: string } }) => q,
  },
}
