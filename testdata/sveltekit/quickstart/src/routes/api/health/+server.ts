// ok: CLK101
export function GET() {
	return new Response('ok');
}
