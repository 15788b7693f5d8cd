import { createClient } from 'next-sanity'

// ok: CLK101
export const client = createClient({ projectId: 'demo', dataset: 'production', apiVersion: '2024-01-01', useCdn: true })
