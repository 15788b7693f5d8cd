import { ClerkProvider, OrganizationSwitcher, UserButton } from '@clerk/nextjs'

// ok: CLK701
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <ClerkProvider>
          <nav>
            <OrganizationSwitcher hidePersonal />
            <UserButton />
          </nav>
          {children}
        </ClerkProvider>
      </body>
    </html>
  )
}
