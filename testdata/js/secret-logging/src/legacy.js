const log = require('debug')('app:webhooks')
const pino = require('pino')
const logger = pino()

function boot() {
  const { CLERK_WEBHOOK_SIGNING_SECRET } = process.env
  // ruleid: CLK008
  log('webhook secret %s', CLERK_WEBHOOK_SIGNING_SECRET)
  // ruleid: CLK008
  logger.child({ module: 'clerk' }).warn({ secret: CLERK_WEBHOOK_SIGNING_SECRET })
  // ok: CLK008
  logger.info('webhook secret configured: %s', CLERK_WEBHOOK_SIGNING_SECRET !== undefined)
}

module.exports = { boot }
