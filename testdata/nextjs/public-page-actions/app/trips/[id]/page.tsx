// ok: CLK101
import { ReviewList } from '@/components/review-list'

export default async function TripPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return <ReviewList tripId={id} />
}
