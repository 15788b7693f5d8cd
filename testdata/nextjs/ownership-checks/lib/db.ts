export const db = {
  note: {
    async findMany(q: { where: { userId: string } }) { return [q] },
    async findUnique(q: { where: { id: string } }) { return { id: q.where.id, userId: 'user_1', body: '' } },
    async delete(q: { where: { id: string } }) { return q },
  },
}
