import { getAuth, buildClerkProps } from '@clerk/nextjs/server'
import type { GetServerSideProps } from 'next'
import { postsBy, type Post } from '../lib/posts'

// ok: CLK101, CLK102
export const getServerSideProps: GetServerSideProps = async (ctx) => {
  const { userId } = getAuth(ctx.req)
  if (!userId) {
    return {
      redirect: { destination: '/sign-in?redirect_url=' + encodeURIComponent(ctx.resolvedUrl), permanent: false },
    }
  }
  const posts = await postsBy(userId)
  return { props: { posts, ...buildClerkProps(ctx.req) } }
}

// ok: CLK101, CLK102
export default function Dashboard({ posts }: { posts: Post[] }) {
  return (
    <ul>
      {posts.map((p) => (
        <li key={p.id}>{p.title}</li>
      ))}
    </ul>
  )
}
