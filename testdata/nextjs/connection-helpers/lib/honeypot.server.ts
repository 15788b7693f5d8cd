// ok: CLK101
import { Honeypot } from 'remix-utils/honeypot/server'

// The spam trap's hidden field names, shared by every public form.
export const honeypot = new Honeypot({ validFromFieldName: null })
