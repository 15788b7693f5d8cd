import { Header } from './components/header'

// The header renders <UserButton>, but nothing renders <ClerkProvider>.
// ruleid: CLK701
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Header />
        {children}
      </body>
    </html>
  )
}
