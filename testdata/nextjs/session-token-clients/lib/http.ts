// ok: CLK101
import axios from 'axios'
import { auth } from '@clerk/nextjs/server'

export const http = axios.create({ baseURL: process.env.NEXT_PUBLIC_API_URL })

async function withSession(config: any) {
  const { getToken } = await auth()
  const token = await getToken()
  if (token) config.headers.Authorization = `Bearer ${token}`
  return config
}

http.interceptors.request.use(withSession)
