// ok: CLK101
import ReplyForm from '@/components/reply-form'

export default function Board() {
  return <ReplyForm shoutId="pinned" />
}
