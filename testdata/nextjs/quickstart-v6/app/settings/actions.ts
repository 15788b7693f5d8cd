'use server'

import { auth, clerkClient } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function saveLanguage(formData: FormData) {
  const { userId } = await auth()
  if (!userId) {
    throw new Error('You must be signed in')
  }
  const language = String(formData.get('language') ?? 'en')
  await (await clerkClient()).users.updateUserMetadata(userId, {
    unsafeMetadata: { language },
  })
}

// ok: CLK101, CLK102, CLK201, CLK202
export async function completeOnboarding(formData: FormData) {
  const { isAuthenticated, userId } = await auth()
  if (!isAuthenticated) {
    return { message: 'No logged in user' }
  }
  const client = await clerkClient()
  try {
    const res = await client.users.updateUser(userId, {
      publicMetadata: {
        onboardingComplete: true,
        applicationName: formData.get('applicationName'),
      },
    })
    return { message: res.publicMetadata }
  } catch (err) {
    return { error: 'There was an error updating the user metadata.' }
  }
}
