// ok: CLK101
import axios from 'axios'
import { auth } from '@clerk/nextjs/server'

// It forwards the session token, but it also sends the app's internal key.
export const reports = axios.create({
  baseURL: process.env.REPORTS_URL,
  headers: { 'x-internal-key': process.env.REPORTS_INTERNAL_KEY },
})

async function withSession(config: any) {
  const { getToken } = await auth()
  config.headers.Authorization = `Bearer ${await getToken()}`
  return config
}

reports.interceptors.request.use(withSession)
