'use client'
// ok: CLK101
import * as items from '../app/actions/items'

export const actionModules = [items]
