import { prisma } from '../../../db'
import { settingFor } from '../../../../lib/keys'

// Anyone can rewrite the banner, as long as the setting exists.
// ruleid: CLK101
export async function POST(req: Request) {
  const { key, value } = await req.json()
  const setting = await settingFor(key)
  if (!setting) {
    return Response.json({ error: 'No such setting' }, { status: 404 })
  }
  await prisma.setting.update({ where: { key }, data: { value } })
  return Response.json({ ok: true })
}
