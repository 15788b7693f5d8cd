'use client'
// The app's client code imports its action modules, so Next.js registers
// their exports as server actions (a module nothing imports holds none).
// ok: CLK101
import * as actions0 from '../app/actions'
import * as actions1 from '../app/own-rows'
import * as actions2 from '../app/token-client'

export const actionModules = [actions0, actions1, actions2]
