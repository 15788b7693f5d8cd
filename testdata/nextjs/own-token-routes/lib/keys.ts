// ok: CLK101
import { prisma } from '../app/db'

// The door scanners authenticate with an API key the app issued.
export async function scannerFor(apiKey: string | null) {
  if (!apiKey) return null
  const row = await prisma.scannerKey.findUnique({ where: { apiKey } })
  if (!row || row.revoked) {
    return null
  }
  return row.scannerId
}

// A setting looked up by its key is no credential.
export async function settingFor(key: string) {
  const row = await prisma.setting.findUnique({ where: { key } })
  if (!row) {
    return null
  }
  return row
}
