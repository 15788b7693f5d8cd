// ok: CLK201
import { PrismaClient } from '@prisma/client'

export const prisma = new PrismaClient()
