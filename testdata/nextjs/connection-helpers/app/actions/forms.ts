'use server'

import os from 'node:os'
import { honeypot } from '@/lib/honeypot.server'
import { widgets } from '@/lib/widgets'

// The props of the public forms' spam trap: a method of the Honeypot a
// project module exports (a benign package's instance) reads nothing.
// ok: CLK101
export async function formProps() {
  const honeyProps = honeypot.getInputProps()
  return { host: os.hostname(), honeyProps }
}

// A method of an instance of an unknown package's class: what it does
// could not be determined.
// ruleid: CLK101
export async function widgetProps() {
  return widgets.render({ kind: 'banner' })
}
