// ok: CLK101
import { SignedIn, SignedOut } from '@clerk/nextjs'
import ShoutForm from '@/components/shout-form'
import ReplyForm from '@/components/reply-form'

export default function Wall() {
  return (
    <main>
      <SignedIn>
        <ShoutForm />
        <ReplyForm shoutId="latest" />
      </SignedIn>
      <SignedOut>
        <p>Sign in to shout.</p>
      </SignedOut>
    </main>
  )
}
