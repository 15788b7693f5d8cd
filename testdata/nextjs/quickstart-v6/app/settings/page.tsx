import { auth } from '@clerk/nextjs/server'
import { SettingsForm } from './settings-form'

// ok: CLK101, CLK102
export default async function SettingsPage() {
  await auth.protect()
  return <SettingsForm />
}
