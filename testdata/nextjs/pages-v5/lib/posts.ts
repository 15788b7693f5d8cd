export type Post = { id: string; authorId: string; title: string }
const posts: Post[] = []
export async function postsBy(authorId: string) {
  return posts.filter((p) => p.authorId === authorId)
}
export async function createPost(authorId: string, title: string) {
  const p = { id: String(posts.length + 1), authorId, title }
  posts.push(p)
  return p
}
export async function syncUser(id: string, email?: string) {
  return { id, email }
}
export async function removeUser(id: string) {
  return id
}
