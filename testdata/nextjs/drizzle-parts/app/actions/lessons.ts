'use server'

import { asc, eq } from 'drizzle-orm'
import { db, lessons } from '@/db'

// Every lesson title: the whole of a table that belongs to no one.
// ok: CLK101
export async function listLessons() {
  return db.query.lessons.findMany({ orderBy: asc(lessons.title) })
}

// A relational query's where condition is read like .where(): the row is
// the one the caller asks for, not the whole table.
// ruleid: CLK101
export async function getLesson(id: string) {
  return db.query.lessons.findFirst({ where: eq(lessons.id, id) })
}

// The same condition as a function of the table.
// ruleid: CLK101
export async function lessonsAt(level: string) {
  return db.query.lessons.findMany({ where: (l, { eq }) => eq(l.level, level) })
}
