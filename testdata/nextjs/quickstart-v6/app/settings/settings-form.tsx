'use client'

import { useUser } from '@clerk/nextjs'
import { saveLanguage } from './actions'

// ok: CLK004
export function SettingsForm() {
  const { isLoaded, user } = useUser()
  if (!isLoaded) return null
  return (
    <form action={saveLanguage}>
      <p>Signed in as {user?.primaryEmailAddress?.emailAddress}</p>
      <select name="language" defaultValue={(user?.unsafeMetadata.language as string) ?? 'en'}>
        <option value="en">English</option>
        <option value="fr">Français</option>
      </select>
      <button type="submit">Save</button>
    </form>
  )
}
