// ok: CLK101
import { PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()

export async function deleteEverything() {
  await prisma.record.deleteMany({})
}
