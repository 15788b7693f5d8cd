// ok: CLK101
import { Post } from '@/components/uses-actions'

export default function Feed() {
  return <Post id={1} />
}
