package js

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
)

// TestScratchFiles: removing or writing the request's own temp file is no
// effect; a path the caller can steer (a let the body reassigns, a ".."
// literal, a part from the body, the upload's name) stays a file write.
func TestScratchFiles(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json": `{"type":"module","dependencies":{"express":"^5"}}`,
		"h.js": `import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
export async function upload(req, res) { await fs.unlink(req.file.path) }
export async function nested(req, res) { const f = req.files.doc[0]; await fs.rm(f.path) }
export async function stamped(req, res) { const p = path.join(os.tmpdir(), 'job-' + Date.now()); await fs.writeFile(p, 'x'); await fs.unlink(p) }
export async function reassigned(req, res) { let p = path.join(os.tmpdir(), 'a'); p = req.body.p; await fs.unlink(p) }
export async function climbs(req, res) { await fs.unlink(path.join(os.tmpdir(), '../etc/app.db')) }
export async function fromBody(req, res) { await fs.unlink(` + "`${os.tmpdir()}/${req.body.name}`" + `) }
export async function named(req, res) { await fs.unlink(path.join(os.tmpdir(), req.file.originalname)) }
export async function leading(req, res) { await fs.unlink(` + "`data/${req.file.path}`" + `) }
`,
	})
	mod := m.Module("h.js")
	for _, tc := range []struct {
		fn      string
		scratch bool
	}{
		{"upload", true}, {"nested", true}, {"stamped", true},
		{"reassigned", false}, {"climbs", false}, {"fromBody", false}, {"named", false}, {"leading", false},
	} {
		effects, known := m.Effects(mod, mod.Funcs[tc.fn])
		if !known {
			t.Errorf("%s: effects not known", tc.fn)
			continue
		}
		writes := len(effects) > 0 && effects[0].Kind == endpoint.Storage
		if writes == tc.scratch {
			t.Errorf("%s: effects %v, want scratch %v", tc.fn, effects, tc.scratch)
		}
	}
}

// TestMediaConverters: fluent-ffmpeg and sharp build their command in
// memory; the file their save, output or toFile writes is judged as an fs
// write is (the request's own scratch file is no effect, a path the caller
// names is a file write). A package loaded with an awaited import() is
// read as one imported: an audio decoder does nothing, a package the model
// does not know leaves the effects unknown.
func TestMediaConverters(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json": `{"type":"module","dependencies":{"express":"^5","fluent-ffmpeg":"^2","sharp":"^0.33","node-wav":"^0.0.2","audio-decode":"^2"}}`,
		"h.js": `import ffmpeg from 'fluent-ffmpeg'
import sharp from 'sharp'
import os from 'node:os'
import path from 'node:path'
ffmpeg.setFfmpegPath('/usr/bin/ffmpeg')
export async function transcoded(req, res) {
  const out = ` + "`${req.file.path}.wav`" + `
  await new Promise((resolve, reject) => {
    ffmpeg(req.file.path).outputOptions('-ac 1').audioFrequency(44100).save(out).on('end', resolve).on('error', reject)
  })
  const wav = await import('node-wav')
  const decoded = wav.default.decode(Buffer.from('x'))
  res.json({ n: decoded.sampleRate })
}
export async function queued(req, res) {
  ffmpeg(req.file.path).output(path.join(os.tmpdir(), 'clip-' + Date.now() + '.mp3')).on('end', () => res.end()).run()
}
export async function thumbnail(req, res) {
  await sharp(req.file.path).resize(64).toFile(` + "`${req.file.path}.png`" + `)
  const decode = (await import('audio-decode')).default
  const audio = await decode(Buffer.from('x'))
  res.json({ left: audio.getChannelData(0).length })
}
export async function published(req, res) {
  ffmpeg(req.file.path).save(path.join('public', req.body.name))
}
export async function stored(req, res) {
  await sharp(req.file.path).toFile(path.join('uploads', req.file.originalname))
}
export async function unknownPlugin(req, res) {
  const plugin = await import('media-magic')
  await plugin.default.process(req.file.path)
}
`,
	})
	mod := m.Module("h.js")
	for _, tc := range []struct {
		fn     string
		writes bool
		known  bool
	}{
		{"transcoded", false, true}, {"queued", false, true}, {"thumbnail", false, true},
		{"published", true, true}, {"stored", true, true}, {"unknownPlugin", false, false},
	} {
		effects, known := m.Effects(mod, mod.Funcs[tc.fn])
		writes := len(effects) > 0 && effects[0].Kind == endpoint.Storage
		if known != tc.known || writes != tc.writes {
			t.Errorf("%s: effects %v (known %v), want writes %v (known %v)", tc.fn, effects, known, tc.writes, tc.known)
		}
	}
}
