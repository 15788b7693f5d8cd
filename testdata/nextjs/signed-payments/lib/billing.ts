import axios from 'axios'

export const billing = axios.create({
  baseURL: 'https://billing.example.test',
  headers: { Authorization: `Bearer ${process.env.BILLING_API_KEY}` },
})
