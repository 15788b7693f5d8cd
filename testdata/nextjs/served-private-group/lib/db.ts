import { PrismaClient } from '@prisma/client'

// ok: CLK101
export const prisma = new PrismaClient()
