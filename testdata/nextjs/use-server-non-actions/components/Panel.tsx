'use client'
// ok: CLK101
import * as helpers from '@/app/actions/server-helpers'

export const helperModules = [helpers]
