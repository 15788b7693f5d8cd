'use server'

import { auth } from '@clerk/nextjs/server'
import { and, eq } from 'drizzle-orm'
import { db, todos } from '@/db'

export async function deleteTodo(id: string) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  // ruleid: CLK203
  await db.delete(todos).where(eq(todos.id, id))
}

export async function completeTodo(id: string) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  // ok: CLK203 (the owner is in the filter)
  await db.update(todos).set({ done: true }).where(and(eq(todos.id, id), eq(todos.userId, userId)))
}

export async function renameTodo(formData: FormData) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  const id = formData.get('id') as string
  // ruleid: CLK203
  await db.update(todos).set({ done: false }).where(eq(todos.id, id))
}

export async function getTodo(id: string) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  // ok: CLK203 (the row is the caller's)
  const [todo] = await db.select().from(todos).where(and(eq(todos.userId, userId), eq(todos.id, id)))
  return todo
}
