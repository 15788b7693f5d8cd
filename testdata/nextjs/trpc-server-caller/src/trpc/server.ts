import 'server-only'
import { cache } from 'react'
import { createHydrationHelpers } from '@trpc/react-query/rsc'
import { createCaller, type AppRouter } from '~/server/api/root'
import { createTRPCContext } from '~/server/api/trpc'
import { makeQueryClient } from '~/trpc/query-client'

const getQueryClient = cache(makeQueryClient)

// ok: CLK101
const caller = createCaller(createTRPCContext)

export const { trpc: api, HydrateClient } = createHydrationHelpers<AppRouter>(caller, getQueryClient)
