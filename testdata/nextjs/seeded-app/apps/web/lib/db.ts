// Stand-in for a Prisma client.
export const db: any = {}
