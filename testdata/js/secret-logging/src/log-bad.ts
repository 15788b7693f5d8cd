import pino from 'pino'
import winston from 'winston'
import createDebug from 'debug'
import { createClerkClient } from '@clerk/backend'
import { env } from './env'

const logger = pino({ level: 'info' })
const audit = winston.createLogger({ transports: [new winston.transports.Console()] })
const trace = createDebug('app:clerk')

// A module-level alias, used inside functions below.
const secretKey = process.env.CLERK_SECRET_KEY

export function startup() {
  // ruleid: CLK008
  console.log('clerk secret key:', process.env.CLERK_SECRET_KEY)
  // ruleid: CLK008
  console.error(`clerk init failed for ${secretKey}`)
  // ruleid: CLK008
  console.info('key=' + secretKey)
  // ruleid: CLK008
  logger.info({ secretKey }, 'clerk configured')
  // ruleid: CLK008
  audit.warn(`webhook secret ${process.env['CLERK_WEBHOOK_SIGNING_SECRET']}`)
  // ruleid: CLK008
  trace('using %s', import.meta.env.CLERK_SECRET_KEY)
}

export function destructured() {
  const { CLERK_SECRET_KEY, CLERK_WEBHOOK_SECRET: whsec } = process.env
  // ruleid: CLK008
  console.debug(CLERK_SECRET_KEY)
  const line = `webhook: ${whsec}`
  // ruleid: CLK008
  logger.error(line)
}

export function wholeOptions() {
  const options = { secretKey: process.env.CLERK_SECRET_KEY, publishableKey: process.env.CLERK_PUBLISHABLE_KEY }
  const clerk = createClerkClient(options)
  // ruleid: CLK008
  logger.debug(options, 'clerk client options')
  return clerk
}

export function validatedEnv() {
  // ruleid: CLK008
  console.warn('secret is', env.CLERK_SECRET_KEY.trim())
  // ruleid: CLK008
  console.log(JSON.stringify({ key: env.CLERK_SECRET_KEY }))
  // ruleid: CLK008
  console.log(process.env.WEBHOOK_SECRET)
}

export function suffixLeak() {
  const key = process.env.CLERK_SECRET_KEY ?? ''
  // ruleid: CLK008
  console.log('key tail', key.slice(8))
}

export function assignedLater(fromFile: string | undefined) {
  let key: string | undefined
  key = fromFile ?? process.env.CLERK_SECRET_KEY
  // ruleid: CLK008
  console.log('using key', key)
}

export function fastifyLog(fastify: { log: { info: (...a: unknown[]) => void } }) {
  // ruleid: CLK008
  fastify.log.info(`clerk key ${process.env.CLERK_SECRET_KEY}`)
}
