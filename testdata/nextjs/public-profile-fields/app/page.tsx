// ok: CLK101
import { People } from '@/components/people'
import { Cards } from '@/components/cards'

export default function Home() {
  return (
    <>
      <People handle="ada" />
      <Cards handle="ada" />
    </>
  )
}
