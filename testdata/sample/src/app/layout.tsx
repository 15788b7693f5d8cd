import { ClerkProvider } from "@clerk/nextjs";

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // ruleid: CLK005
    <ClerkProvider publishableKey="pk_test_c2FtcGxlLWFwcC00Mi5jbGVyay5hY2NvdW50cy5kZXYk">
      <html lang="en">
        <body>{children}</body>
      </html>
    </ClerkProvider>
  );
}
