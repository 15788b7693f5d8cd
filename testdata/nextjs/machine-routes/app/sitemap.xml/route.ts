// ok: CLK101, CLK102, CLK201, CLK202
export function GET() {
  return new Response('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', {
    headers: { 'Content-Type': 'application/xml' },
  })
}
