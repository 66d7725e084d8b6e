// app/api/dev/sign-in/route.ts: development only (`next dev`): gives this browser customer-1's session cookie.
export function GET(): Response {
  if (process.env.NODE_ENV === 'production') return new Response(null, { status: 404 });
  return new Response(null, {
    status: 303,
    headers: { Location: '/', 'Set-Cookie': 'session=demo-session; Path=/; HttpOnly; SameSite=Lax' },
  });
}
