'use server'

import { prisma } from '@/lib/db'

type Line = { sku: string; qty: number; price: number }

// A pure mapper that happens to live in a 'use server' file: it only
// settles the promise it returns.
// ok: CLK101
export async function toLineView(line: Line): Promise<{ sku: string; total: number }> {
  return new Promise((resolve) => {
    resolve({ sku: line.sku, total: line.qty * line.price })
  })
}

// The executor deletes a cart: the promise wraps a write.
// ruleid: CLK101
export async function dropCart(cartId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    prisma.cart.delete({ where: { id: cartId } }).then(() => resolve(), reject)
  })
}
