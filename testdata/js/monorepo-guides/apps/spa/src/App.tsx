import { Show, SignInButton, UserButton, useAuth } from '@clerk/react'
import { useEffect, useState } from 'react'

const API_URL = import.meta.env.VITE_API_URL

function Todos() {
  const { isLoaded, isSignedIn, getToken } = useAuth()
  const [todos, setTodos] = useState<{ id: number; title: string }[]>([])

  useEffect(() => {
    if (!isLoaded || !isSignedIn) return
    let cancelled = false
    ;(async () => {
      const token = await getToken()
      const res = await fetch(`${API_URL}/api/todos`, {
        headers: { Authorization: `Bearer ${token}` },
      })
      if (res.ok && !cancelled) setTodos(await res.json())
    })()
    return () => {
      cancelled = true
    }
  }, [isLoaded, isSignedIn, getToken])

  if (!isLoaded) return <p>Loading…</p>
  return (
    <ul>
      {todos.map((t) => (
        <li key={t.id}>{t.title}</li>
      ))}
    </ul>
  )
}

// ok: CLK004, CLK401
export default function App() {
  return (
    <>
      <header>
        <Show when="signed-out">
          <SignInButton />
        </Show>
        <Show when="signed-in">
          <UserButton />
        </Show>
      </header>
      <Show when="signed-in">
        <Todos />
      </Show>
    </>
  )
}
