'use client'
// The app's client code imports its action modules, so Next.js registers
// their exports as server actions (a module nothing imports holds none).
// ok: CLK101
import * as actions0 from '../app/actions/console'
import * as actions1 from '../app/actions/members'
import * as actions2 from '../app/actions/notes'

export const actionModules = [actions0, actions1, actions2]
