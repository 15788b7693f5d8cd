'use client'
import { createContext } from 'react'

export const PlanContext = createContext({ pro: false })

// ok: CLK101
export function PlanProvider({ pro, children }: { pro: boolean; children: React.ReactNode }) {
  return <PlanContext.Provider value={{ pro }}>{children}</PlanContext.Provider>
}
