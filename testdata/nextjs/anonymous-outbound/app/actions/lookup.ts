'use server'

import axios from 'axios'

// A public directory read: the request carries nothing a visitor could not
// send to the backend directly.
// ok: CLK101
export async function findStation(code: string) {
  const { data } = await axios.get(`${process.env.STATIONS_URL}/stations/${code}`, {
    headers: { Accept: 'application/json' },
  })
  return data
}

// An anonymous POST to the backend's public sign-up endpoint.
// ok: CLK101
export async function joinWaitlist(email: string) {
  const res = await fetch('https://backend.example.com/waitlist', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  })
  return res.ok
}

// The server's own bearer token goes out with the call: the action lends
// its credential to whoever invokes it.
// ruleid: CLK101
export async function stationHistory(code: string) {
  const { data } = await axios.get(`${process.env.STATIONS_URL}/history/${code}`, {
    headers: { Authorization: `Bearer ${process.env.STATIONS_TOKEN}` },
  })
  return data
}

// A key in the query string is a credential too.
// ruleid: CLK101
export async function forecast(city: string) {
  const res = await fetch(`https://api.example.com/forecast?q=${city}&appid=${process.env.WEATHER_API_KEY}`)
  return res.json()
}

const backendHeaders = { 'Content-Type': 'application/json', 'X-Internal': process.env.INTERNAL_HEADER ?? '' }

// Headers built elsewhere may carry anything: not known to be anonymous.
// ruleid: CLK101
export async function reportStation(code: string, note: string) {
  await fetch('https://backend.example.com/reports', {
    method: 'POST',
    headers: backendHeaders,
    body: JSON.stringify({ code, note }),
  })
}
