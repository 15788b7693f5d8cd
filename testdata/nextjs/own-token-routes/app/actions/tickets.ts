'use server'

import jwt from 'jsonwebtoken'
import { prisma } from '../db'

// The guest's ticket page hands its signed token back: it is the credential.
// ok: CLK101
export async function seatOf(token: string) {
  const { ticketId } = jwt.verify(token, process.env.TICKET_JWT_SECRET!) as { ticketId: string }
  return prisma.ticket.findUnique({ where: { id: ticketId }, select: { seat: true } })
}

// ruleid: CLK101
export async function seatById(ticketId: string) {
  return prisma.ticket.findUnique({ where: { id: ticketId }, select: { seat: true } })
}
