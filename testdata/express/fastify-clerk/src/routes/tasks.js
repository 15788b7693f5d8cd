import { getAuth } from '@clerk/fastify'
import { pool } from '../db.js'

// A plugin: every route below runs the preHandler hook, which replies 401
// without a session.
export default async function tasks(fastify) {
  fastify.addHook('preHandler', async (request, reply) => {
    const { userId } = getAuth(request)
    if (!userId) return reply.code(401).send({ error: 'Unauthorized' })
  })

  // ok: CLK101
  fastify.get('/', async (request) => {
    const { userId } = getAuth(request)
    return (await pool.query('SELECT * FROM tasks WHERE owner = $1', [userId])).rows
  })

  // ok: CLK101
  fastify.route({
    method: 'DELETE',
    url: '/:id',
    handler: async (request) => {
      // ruleid: CLK203 (the owner is not part of the filter)
      await pool.query('DELETE FROM tasks WHERE id = $1', [request.params.id])
      return { ok: true }
    },
  })
}
