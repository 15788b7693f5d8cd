'use server'

import { db } from '@/lib/db'

// The whole topic list: the schema gives topics no owner and the query
// selects none of them by the caller.
// ok: CLK101
export async function listTopics() {
  return db.topic.findMany({ orderBy: { order: 'asc' } })
}

// Lessons have no owner either, but the caller picks which one to read: a
// paid lesson is not a lookup.
// ruleid: CLK101
export async function getLesson(id: string) {
  return db.lesson.findUnique({ where: { id } })
}

// Staff rows hold people's email addresses.
// ruleid: CLK101
export async function listStaff() {
  return db.staff.findMany()
}

// Notes belong to their authors.
// ruleid: CLK101
export async function listNotes() {
  return db.note.findMany()
}
