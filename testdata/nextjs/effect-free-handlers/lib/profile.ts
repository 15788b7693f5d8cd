import { kv } from '@vercel/kv'

export async function loadProfile() {
  return kv.get('profile')
}
