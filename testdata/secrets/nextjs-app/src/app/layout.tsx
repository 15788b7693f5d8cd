import { ClerkProvider } from "@clerk/nextjs";

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // ruleid: CLK005
    <ClerkProvider publishableKey="pk_test_Zm9vLWJhci0xMy5jbGVyay5hY2NvdW50cy5kZXYk">
      {children}
    </ClerkProvider>
  );
}

export function Production({ children }: { children: React.ReactNode }) {
  // ok: CLK005
  return <ClerkProvider publishableKey={process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY}>{children}</ClerkProvider>;
}

// The docs' example key is allowlisted in CLK005's params.
// ok: CLK005
export const docsExample = "pk_test_ZXhhbXBsZS5hY2NvdW50cy5kZXYk";
// A non-Clerk pk_ (Stripe's public docs key) does not decode to a host.
// ok: CLK005
export const stripePublishable = "pk_test_TYooMQauvdEDq54NiTphI7jx";
