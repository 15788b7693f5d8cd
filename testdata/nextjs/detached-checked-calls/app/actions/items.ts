'use server'

import { setQuantity, removeItem, relinkItem } from '@/lib/items'

// Fire and forget: the helper's own check runs before its write.
// ok: CLK101
export const changeQuantity = async ({ id, quantity }: { id: number; quantity: number }) => {
  void setQuantity(id, quantity)
}

// ok: CLK101
export async function dropItem(id: number) {
  void removeItem(id)
}

// The unchecked helper runs whatever the checked one does: neither
// holds the other back.
// ruleid: CLK101
export const moveItem = async ({ id, listId }: { id: number; listId?: number }) => {
  if (listId) {
    void relinkItem(id, listId)
  }
  void setQuantity(id, 1)
}

// ruleid: CLK101
export async function relinkAndDrop(id: number, listId: number) {
  void relinkItem(id, listId)
  void removeItem(id)
}
