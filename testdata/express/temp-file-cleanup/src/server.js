import express from 'express'
import multer from 'multer'
import fs from 'fs/promises'
import { createWriteStream, unlinkSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { clerkMiddleware } from '@clerk/express'

const app = express()
app.use(express.json())
app.use(clerkMiddleware()) // authenticates, rejects nothing
const upload = multer({ dest: 'incoming/' })

// Measures the clip the request uploaded, then removes multer's temp file.
// ok: CLK101
app.post('/api/clips/measure', upload.single('clip'), async (req, res) => {
  const bytes = await fs.readFile(req.file.path)
  await fs.unlink(req.file.path)
  res.json({ size: bytes.length })
})

// A copy next to the upload (`${path}.raw`) and the upload itself are the
// request's own scratch files, through a const and from req.files.
// ok: CLK101
app.post('/api/clips/normalise', upload.fields([{ name: 'track', maxCount: 1 }]), async (req, res) => {
  const track = req.files.track[0]
  const raw = `${track.path}.raw`
  await fs.writeFile(raw, await fs.readFile(track.path))
  const out = await fs.readFile(raw)
  await fs.unlink(raw)
  unlinkSync(track.path)
  res.setHeader('Content-Type', 'application/octet-stream')
  res.send(out)
})

// A fresh directory under the system temp directory, named by the server.
// ok: CLK101
app.post('/api/preview', async (req, res) => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'preview-'))
  const page = path.join(dir, `${randomUUID()}.html`)
  await fs.writeFile(page, String(req.body.html ?? ''))
  const size = (await fs.stat(page)).size
  rmSync(dir, { recursive: true, force: true })
  res.json({ size })
})

// A report written through a stream, read back and removed: the removal
// is the handler's cleanup of the file it wrote at a path it made.
// ok: CLK101
app.get('/api/report', async (req, res) => {
  const out = path.join(process.cwd(), 'reports', `${randomUUID()}.csv`)
  await new Promise((resolve) => createWriteStream(out).end('a,b\n', resolve))
  const text = await fs.readFile(out, 'utf8')
  await fs.unlink(out)
  res.send(text)
})

// Written first or not, a file the caller names is removed.
// ruleid: CLK101
app.post('/api/reports/replace', async (req, res) => {
  const target = path.join('reports', req.body.name)
  await new Promise((resolve) => createWriteStream(target).end('', resolve))
  await fs.unlink(target)
  res.json({ ok: true })
})

// A name the caller chooses deletes a file of the server's.
// ruleid: CLK101
app.post('/api/clips/remove', async (req, res) => {
  await fs.unlink(path.join('library', req.body.name))
  res.json({ ok: true })
})

// Under the temp directory, a name from the path still climbs out (../).
// ruleid: CLK101
app.delete('/api/scratch/:name', async (req, res) => {
  await fs.rm(path.join(os.tmpdir(), req.params.name), { force: true })
  res.status(204).end()
})

// The query names the file outright.
// ruleid: CLK101
app.get('/api/cleanup', (req, res) => {
  unlinkSync(req.query.file)
  res.end()
})

// Moving the upload into the library keeps it: the target is no scratch file.
// ruleid: CLK101
app.post('/api/clips', upload.single('clip'), async (req, res) => {
  await fs.rename(req.file.path, path.join('library', `${Date.now()}.wav`))
  res.status(201).json({ ok: true })
})

// A path the body carries is the caller's, even read as a file's path.
// ruleid: CLK101
app.post('/api/clips/discard', async (req, res) => {
  await fs.unlink(req.body.file.path)
  res.json({ ok: true })
})

app.listen(3000)
