import { JoinForm } from '@/components/JoinForm'

// ok: CLK101
export default function JoinPage() {
  return <JoinForm value="" />
}
