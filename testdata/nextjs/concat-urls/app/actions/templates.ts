'use server'

import axios from 'axios'

// Asks the app's own public endpoint for a stored template: the URL is
// concatenated from a public base, the body names the template, nothing
// authenticates the call.
// ok: CLK101
export async function loadTemplate(name: 'welcome.hbs' | 'receipt.hbs'): Promise<string> {
  const { data } = await axios.post(process.env.NEXT_PUBLIC_SITE_URL + '/api/templates/read', { template: name })
  return data?.template ?? ''
}

// The same call with the app's render key in the query string.
// ruleid: CLK101
export async function renderTemplate(name: string): Promise<string> {
  const { data } = await axios.post(process.env.NEXT_PUBLIC_SITE_URL + '/api/templates/render?key=' + process.env.RENDER_API_KEY, { template: name })
  return data?.html ?? ''
}

// A base kept in a variable the function does not build from literals.
// ruleid: CLK101
export async function sendTemplate(to: string): Promise<void> {
  const endpoint = await resolveMailer()
  await axios.post(endpoint + '/send', { to, template: 'welcome.hbs' })
}

async function resolveMailer(): Promise<string> {
  return `${process.env.MAILER_URL}?token=${process.env.MAILER_TOKEN}`
}
