// ok: CLK101
import { People } from '@/components/people'

export default function Home() {
  return <People handle="ada" />
}
