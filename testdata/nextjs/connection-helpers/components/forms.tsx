'use client'
// The app's client code imports its action modules, so Next.js registers
// their exports as server actions.
// ok: CLK101
import * as forms from '../app/actions/forms'

export const actionModules = [forms]
