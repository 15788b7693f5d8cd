// ok: CLK101
import { PrismaClient } from '@prisma/client'

export const store = new PrismaClient()
