import { PrismaClient } from '@prisma/client'

// ok: CLK101
export const db = new PrismaClient()
