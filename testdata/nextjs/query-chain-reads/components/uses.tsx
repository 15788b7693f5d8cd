'use client'
// The app's client code imports its action modules, so Next.js registers
// their exports as server actions.
// ok: CLK101
import * as catalog from '../app/actions/catalog'

export const actionModules = [catalog]
