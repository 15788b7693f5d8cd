// A stand-in data layer for the fixtures.
export const db = {
  note: {
    archive: async (id: string, owner: string) => ({ id, owner }),
    touch: async (id: string) => ({ id }),
  },
}
