'use client'
// ok: CLK101
import * as docs from '@/app/actions/docs'

export const actions = docs
