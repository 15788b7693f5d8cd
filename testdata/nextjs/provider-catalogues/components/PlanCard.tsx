// ok: CLK101
'use client'

import { useEffect, useState } from 'react'
import { planDetails, subscriptionDetails } from '@/app/actions/billing'

export function PlanCard({ planId, subscriptionId }: { planId: string; subscriptionId: string }) {
  const [plan, setPlan] = useState<unknown>(null)
  useEffect(() => {
    planDetails(planId).then(setPlan)
    subscriptionDetails(subscriptionId).then(console.log)
  }, [planId, subscriptionId])
  return <pre>{JSON.stringify(plan)}</pre>
}
