package js

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// mongooseProject holds the Mongoose shapes tutorial apps are built from:
// counts chained on a query, a helper returning the query it populates
// with more modifiers chained on the call, a query kept in a local and run
// by exec(), saving the document a query returned or the body built (with
// new, or calling the model without it), Model.create, a lowercase model a
// model() call declares (songModel.find), and the Cloudinary SDK.
var mongooseProject = map[string]string{
	"package.json":  `{"dependencies":{"@clerk/nextjs":"^6","mongoose":"^8","cloudinary":"^2"}}`,
	"tsconfig.json": `{"compilerOptions":{"paths":{"@/*":["./*"]}}}`,
	"lib/models.ts": `import mongoose from 'mongoose'
export const Post = mongoose.models.Post || mongoose.model('Post', new mongoose.Schema({ title: String }))
export const User = mongoose.models.User || mongoose.model('User', new mongoose.Schema({ name: String }))
const commentSchema = new mongoose.Schema({ body: String })
export const commentModel = mongoose.models.comment || mongoose.model('comment', commentSchema)
`,
	"lib/task.ts": `import mongoose from 'mongoose'
const taskSchema = new mongoose.Schema({ title: String })
const Task: any = mongoose.model('Task', taskSchema)
export default Task
`,
	"lib/cache.ts": `import { makeCache } from 'tiny-cache'
export const Cache = makeCache({ ttl: 60 })
export const store = makeCache({ ttl: 5 })
`,
	"lib/utils.ts": `export const handleError = (e: unknown) => { throw new Error(String(e)) }
`,
	"lib/actions.ts": `'use server'
import mongoose, { isValidObjectId } from 'mongoose'
import { v2 as cloudinary } from 'cloudinary'
import { Post, User, commentModel } from '@/lib/models'
import { handleError } from '@/lib//utils'
import { Cache, store } from '@/lib/cache'
import Task from '@/lib/task'

const withAuthor = (query: any) => query.populate({ path: 'author', model: User, select: 'name' })

export async function counted(page: number) {
  const posts = await withAuthor(Post.find({})).sort({ at: -1 }).skip(page * 10).limit(10)
  const total = await Post.find({}).countDocuments()
  return { posts, total }
}

export async function kept() {
  try {
    const q = Post.find({}).sort({ at: -1 }).populate('author')
    return await q.exec()
  } catch (e) {
    handleError(e)
  }
}

export async function saved(id: string, title: string) {
  const post = await Post.findById(id)
  post.title = title
  await post.save()
}

export async function checked(id: string) {
  if (!mongoose.Types.ObjectId.isValid(id) || !isValidObjectId(id)) throw new Error('bad id')
  return Post.findById(id)
}

export async function created(title: string) {
  return Post.create({ title })
}

export async function searched(q: string) {
  cloudinary.config({ cloud_name: 'demo' })
  const { resources } = await cloudinary.search.expression(q).execute()
  return resources
}

export async function uploaded(file: string) {
  return cloudinary.uploader.upload(file)
}

export async function called(data: any) {
  const post = await Post(data)
  await post.save()
  return { ok: true }
}

export async function queued(input: any) {
  const job = await Task(input)
  await job.save()
}

export async function constructed(title: string) {
  const post = new Post({ title })
  await post.save()
  return post
}

export async function lowered(id: string) {
  const first = await commentModel.findById(id)
  const recent = await commentModel.find({}).sort({ at: -1 }).limit(5)
  await commentModel.create({ body: first.body })
  const copy = new commentModel({ body: 'copy' })
  await copy.save()
  return recent
}

export async function lookedUp(id: string) {
  return store.find({ id })
}

export async function cached(data: any) {
  const entry = await Cache(data)
  await entry.save()
}

export async function passed(Model: any, data: any) {
  const doc = new Model(data)
  await doc.save()
}

export async function aggregated(tag: string) {
  return Post.aggregate([{ $match: { tag } }, { $group: { _id: '$author', n: { $sum: 1 } } }])
}
`,
	"lib/services.ts": `'use server'
import { Pinecone } from '@pinecone-database/pinecone'
import { getStorage, ref, uploadBytes } from 'firebase/storage'

const pc = new Pinecone({ apiKey: process.env.PINECONE_API_KEY! })
const index = pc.Index('docs')

export async function similar(vector: number[]) {
  return pc.index('docs').query({ vector, topK: 5 })
}

export async function nearby(ns: string, vector: number[]) {
  return index.namespace(ns).query({ vector, topK: 5 })
}

export async function stored(file: Blob) {
  const at = ref(getStorage(), 'uploads/latest')
  return uploadBytes(at, file)
}
`,
}

// TestMongooseEffects: each shape is classified, and nothing else about
// the function is left unknown.
func TestMongooseEffects(t *testing.T) {
	m := newTestModel(t, mongooseProject)
	mod := m.Module("lib/actions.ts")
	for _, tc := range []struct {
		fn   string
		want []string // kind target model
	}{
		{"counted", []string{"db-read Post.find Post", "db-read Post.find Post"}},
		{"kept", []string{"db-read Post.find Post"}},
		{"saved", []string{"db-read Post.findById Post", "db-write post.save Post"}},
		{"checked", []string{"db-read Post.findById Post"}},
		{"created", []string{"db-write Post.create Post"}},
		{"searched", []string{"outbound cloudinary.search.expression().execute "}},
		{"uploaded", []string{"storage cloudinary.uploader.upload "}},
		{"aggregated", []string{"db-read Post.aggregate Post"}},
		{"called", []string{"db-write post.save Post"}},
		{"constructed", []string{"db-write post.save Post"}},
		{"queued", []string{"db-write job.save Task"}},
		{"lowered", []string{"db-read commentModel.findById commentModel", "db-read commentModel.find commentModel", "db-write commentModel.create commentModel", "db-write copy.save commentModel"}},
	} {
		effects, known := m.Effects(mod, mod.Funcs[tc.fn])
		var got []string
		for _, e := range effects {
			got = append(got, fmt.Sprintf("%s %s %s", e.Kind, e.Target, e.Model))
		}
		if !known || strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: effects %q (known %v), want %q (known)", tc.fn, got, known, tc.want)
		}
	}
}

// TestUnsavedDocuments: save() on what no Mongoose model built (a
// package's cache entry, a constructor the caller passes in), and find()
// on a lowercase value no model() call declares, stay unknown.
func TestUnsavedDocuments(t *testing.T) {
	m := newTestModel(t, mongooseProject)
	mod := m.Module("lib/actions.ts")
	for _, fn := range []string{"cached", "passed", "lookedUp"} {
		if effects, known := m.Effects(mod, mod.Funcs[fn]); known {
			t.Errorf("%s: effects %v known", fn, effects)
		}
	}
}

// TestServiceSDKEffects: a hosted service's SDK client calls out with the
// app's key, and Firebase Storage's uploads write files; neither is left
// unknown.
func TestServiceSDKEffects(t *testing.T) {
	m := newTestModel(t, mongooseProject)
	mod := m.Module("lib/services.ts")
	for fn, want := range map[string]string{"similar": "outbound", "nearby": "outbound", "stored": "storage"} {
		effects, known := m.Effects(mod, mod.Funcs[fn])
		var kinds []string
		for _, e := range effects {
			if !slices.Contains(kinds, string(e.Kind)) {
				kinds = append(kinds, string(e.Kind)) // a chain lists each of its calls
			}
		}
		if !known || strings.Join(kinds, "|") != want {
			t.Errorf("%s: effects %q (known %v), want %s (known)", fn, kinds, known, want)
		}
	}
}

// TestResolveDoubleSlash: "@/lib//utils" names lib/utils, as bundlers
// read it.
func TestResolveDoubleSlash(t *testing.T) {
	m := newTestModel(t, mongooseProject)
	if got := m.Resolve("lib/actions.ts", "@/lib//utils"); got != "lib/utils.ts" {
		t.Errorf("resolved to %q", got)
	}
	if got := m.Resolve("lib/actions.ts", "../../outside"); got != "" {
		t.Errorf("a path above the project resolved to %q", got)
	}
}
