import express from 'express'
import multer from 'multer'
import fs from 'fs/promises'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import ffmpeg from 'fluent-ffmpeg'
import sharp from 'sharp'
import { clerkMiddleware } from '@clerk/express'

const app = express()
app.use(express.json())
app.use(clerkMiddleware()) // authenticates, rejects nothing
const upload = multer({ dest: 'incoming/' })

// Transcodes the upload to a WAV next to it, decodes that with a package
// loaded on demand and answers its length: the local ffmpeg process writes
// only the request's scratch file, removed after.
// ok: CLK101
app.post('/api/voice/length', upload.single('note'), async (req, res) => {
  const wavPath = `${req.file.path}.wav`
  await new Promise((resolve, reject) => {
    ffmpeg(req.file.path).audioChannels(1).outputOptions('-ar 16000').save(wavPath).on('end', resolve).on('error', reject)
  })
  const wav = await import('node-wav')
  const { sampleRate, channelData } = wav.default.decode(await fs.readFile(wavPath))
  await fs.unlink(wavPath)
  await fs.unlink(req.file.path)
  res.json({ seconds: channelData[0].length / sampleRate })
})

// A thumbnail rendered into the system temp directory, read back, removed.
// ok: CLK101
app.post('/api/voice/cover', upload.single('cover'), async (req, res) => {
  const out = path.join(os.tmpdir(), `${randomUUID()}.png`)
  await sharp(req.file.path).resize(96, 96).toFile(out)
  const png = await fs.readFile(out)
  await fs.unlink(out)
  res.setHeader('Content-Type', 'image/png')
  res.send(png)
})

// The caller names where ffmpeg writes: a file under the app's public
// folder, which outlives the request.
// ruleid: CLK101
app.post('/api/voice/publish', upload.single('note'), (req, res) => {
  ffmpeg(req.file.path).output(path.join('public', 'notes', String(req.body.slug) + '.mp3')).on('end', () => res.json({ ok: true })).run()
})

// A package the model does not know, loaded on demand: what it does is
// not known, so a session is assumed to matter.
// ruleid: CLK101
app.post('/api/voice/enhance', upload.single('note'), async (req, res) => {
  const enhancer = await import('voice-enhancer')
  const out = await enhancer.default.process(req.file.path)
  res.json({ out })
})

app.listen(3000)
