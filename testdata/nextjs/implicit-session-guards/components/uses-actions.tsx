'use client'
// The app's client code imports its action modules, so Next.js registers
// their exports as server actions (a module nothing imports holds none).
// ok: CLK101
import * as notes from '../app/actions/notes'
import * as profile from '../app/actions/profile'
import * as orders from '../app/actions/orders'

export const actionModules = [notes, profile, orders]
