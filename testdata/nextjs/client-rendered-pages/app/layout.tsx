import { ClerkProvider } from '@clerk/nextjs'
import { store } from '../lib/data'

// The root layout loads per request (translations), but it wraps the public
// pages too: what it loads is shown to everyone by design, so the client
// pages below are not judged by it.
// ok: CLK101, CLK701
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const messages = await store.messages('en')
  return (
    <ClerkProvider>
      <html lang={messages.locale}>
        <body>{children}</body>
      </html>
    </ClerkProvider>
  )
}
