'use server'

import Handlebars from 'handlebars'
import { redirect } from 'next/navigation'
import { PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()

// Renders a template the caller sent with the caller's data: computing
// only.
// ok: CLK101
export async function renderCard(source: string, data: object) {
  const tpl = Handlebars.compile(source)
  return tpl(data)
}

// Builds a query string and redirects.
// ok: CLK101
export async function search(formData: FormData) {
  const params = new URLSearchParams()
  const q = formData.get('q')
  if (q) params.set('q', String(q))
  redirect(`/search?${params.toString()}`)
}

// The rendered card is stored for anyone who calls.
// ruleid: CLK101
export async function saveCard(source: string, data: object) {
  const tpl = Handlebars.compile(source)
  await prisma.card.create({ data: { html: tpl(data) } })
}
