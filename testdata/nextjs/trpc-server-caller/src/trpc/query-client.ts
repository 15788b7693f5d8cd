import { QueryClient } from '@tanstack/react-query'

// ok: CLK101
export const makeQueryClient = () => new QueryClient()
