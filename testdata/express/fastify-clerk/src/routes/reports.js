import { getAuth } from '@clerk/fastify'
import { pool } from '../db.js'

export default async function reports(fastify) {
  // ruleid: CLK101
  fastify.post('/rebuild', async () => {
    await pool.query('DELETE FROM report_cache')
    return { ok: true }
  })

  // ok: CLK101
  fastify.get('/mine', {
    preHandler: async (request, reply) => {
      if (!getAuth(request).userId) return reply.code(401).send()
    },
  }, async (request) => {
    return (await pool.query('SELECT * FROM reports WHERE owner = $1', [getAuth(request).userId])).rows
  })

  fastify.get('/latest', async (request) => {
    // ruleid: CLK102
    const { userId } = getAuth(request)
    return (await pool.query('SELECT * FROM reports WHERE owner = $1 LIMIT 1', [userId])).rows
  })
}
