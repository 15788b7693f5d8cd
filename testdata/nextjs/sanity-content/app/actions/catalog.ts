'use server'
import { client } from '@/sanity/client'

// The shop's published catalogue, read from the CMS: content every visitor
// sees.
// ok: CLK101
export async function genres() {
  return client.fetch(`*[_type == "genre"]{ title, slug }`)
}

// A mutation of the dataset with the app's token, for anyone.
// ruleid: CLK101
export async function addReview(record: string, text: string) {
  return client.create({ _type: 'review', record, text })
}
