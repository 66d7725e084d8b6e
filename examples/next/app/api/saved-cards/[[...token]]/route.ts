// app/api/saved-cards/[[...token]]/route.ts: list (GET), delete (DELETE), default and name (PATCH).
export { handler as GET, handler as DELETE, handler as PATCH } from '@/server/saved-cards';
