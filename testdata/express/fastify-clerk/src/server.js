import Fastify from 'fastify'
import { clerkPlugin } from '@clerk/fastify'
import tasks from './routes/tasks.js'
import reports from './routes/reports.js'

const fastify = Fastify({ logger: true })

fastify.register(clerkPlugin)

// ok: CLK101
fastify.get('/health', async () => ({ ok: true }))

fastify.register(tasks, { prefix: '/api/tasks' })
fastify.register(reports, { prefix: '/api/reports' })

fastify.listen({ port: 3000 })
