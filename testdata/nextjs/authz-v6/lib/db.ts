// A stand-in for a Prisma client.
export const db: any = {}
