// ok: CLK203
import { withClerkHandler } from 'svelte-clerk/server'

export const handle = withClerkHandler()
