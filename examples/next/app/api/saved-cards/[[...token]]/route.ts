export { handler as GET, handler as DELETE } from '@/server/saved-cards';
