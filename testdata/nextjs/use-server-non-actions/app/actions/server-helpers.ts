'use server'
import { cache } from 'react'
import { unstable_cache } from 'next/cache'
import { makeCall } from 'call-kit'
import { appRouter, callerFactory, createContext } from '@/server'
import { makeStore } from '@/components/store'
import { makeServerStore } from '@/lib/server-store'
import { themeDefaults, allInvoices, ownSettings } from '@/lib/loaders'

const makeCaller = callerFactory(appRouter)

// A tRPC server-side caller object: no function Next runs as an action.
// ok: CLK101
export const serverApi = makeCaller(createContext)

// The same caller built in one go.
// ok: CLK101
export const directApi = appRouter.createCaller(createContext)

// React's request memo runs themeDefaults, which builds a constant.
// ok: CLK101
export const getThemeDefaults = cache(themeDefaults)

// The memo runs allInvoices: every invoice, to anyone.
// ruleid: CLK101
export const getInvoices = cache(allInvoices)

// Next's data cache runs allInvoices too.
// ruleid: CLK101
export const cachedInvoices = unstable_cache(allInvoices, ['invoices'])

// ownSettings throws for a signed-out caller.
// ok: CLK101
export const getOwnSettings = cache(ownSettings)

// An unknown package's result: what calling it does is not known.
// ruleid: CLK101
export const packaged = makeCall(createContext)

// makeStore is a 'use client' module's: a client reference on the server.
// ok: CLK101
export const getStore = cache(makeStore)

// ruleid: CLK101
export const getServerStore = cache(makeServerStore)
