package js

import (
	"fmt"
	"strings"
	"testing"
)

// hashClientProject holds hashing with Node's crypto (whose update and
// digest share a database chain's verbs) and axios beyond a plain call:
// its type guards, and an instance axios.create builds, in the module,
// in a local, or exported by a lib module and re-exported.
var hashClientProject = map[string]string{
	"package.json":  `{"dependencies":{"@clerk/nextjs":"^6","axios":"^1","nodemailer":"^6"}}`,
	"tsconfig.json": `{"compilerOptions":{"paths":{"@/*":["./*"]}}}`,
	"lib/http.ts": `import axios from 'axios'
export const http = axios.create({ baseURL: process.env.BILLING_URL, headers: { 'x-key': process.env.BILLING_KEY } })
`,
	"lib/index.ts": `export { http as billing } from './http'
`,
	"lib/actions.ts": `'use server'
import crypto, { createHash } from 'node:crypto'
import * as nodeCrypto from 'crypto'
import axios, { isAxiosError } from 'axios'
import nodemailer from 'nodemailer'
import { http } from '@/lib/http'
import { billing } from '@/lib/index'

const local = axios.create({ baseURL: 'https://api.example.test' })

export async function signed(body: string) {
  const a = crypto.createHmac('sha256', process.env.SIGNING_KEY!).update(body).digest('hex')
  const b = createHash('sha256').update(body).digest()
  const c = nodeCrypto.createHash('sha1').update(body).digest('base64')
  const h = createHash('md5')
  h.update(body)
  return [a, b, c, h.digest('hex')]
}

// What a call on a built instance returned is data too.
export async function listed(url: string) {
  const client = axios.create({ baseURL: url })
  const res = await client.get('/items')
  return res.data.filter((x: { ok: boolean }) => x.ok).map((x: { id: string }) => x.id)
}

// A request's result is data, not a client: no second call.
export async function mapped(url: string) {
  const res = await axios.get(url)
  return res.data.map((x: { id: string }) => x.id)
}

export async function guarded(url: string) {
  try {
    return (await axios.get(url)).data
  } catch (e) {
    if (axios.isAxiosError(e) || isAxiosError(e) || axios.isCancel(e)) return null
    throw e
  }
}

export async function viaLib(id: string) {
  return http.post('/charges', { id })
}

export async function viaReexport(id: string) {
  return billing.get('/charges/' + id)
}

export async function viaModule(id: string) {
  return local.delete('/x/' + id)
}

export async function viaLocal(id: string) {
  const api = axios.create({ baseURL: process.env.API_URL })
  return api.put('/y', { id })
}

export async function mailed(to: string) {
  const mailer = nodemailer.createTransport({ host: 'smtp.example.test' })
  await mailer.sendMail({ to, text: 'hi' })
}
`,
}

func TestHashAndClientEffects(t *testing.T) {
	m := newTestModel(t, hashClientProject)
	mod := m.Module("lib/actions.ts")
	for _, tc := range []struct {
		fn   string
		want []string // kind target
	}{
		{"signed", nil},
		{"guarded", []string{"outbound axios.get"}},
		{"mapped", []string{"outbound axios.get"}},
		{"listed", []string{"outbound client.get"}},
		{"viaLib", []string{"outbound http.post"}},
		{"viaReexport", []string{"outbound billing.get"}},
		{"viaModule", []string{"outbound local.delete"}},
		{"viaLocal", []string{"outbound api.put"}},
		{"mailed", []string{"outbound mailer.sendMail"}},
	} {
		effects, known := m.Effects(mod, mod.Funcs[tc.fn])
		var got []string
		for _, e := range effects {
			got = append(got, fmt.Sprintf("%s %s", e.Kind, e.Target))
		}
		if !known || strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: effects %q (known %v), want %q (known)", tc.fn, got, known, tc.want)
		}
	}
}
