// 404 for any unknown path, inside the shell so the nav still offers a way on.
import type { Metadata } from 'next';
import { NotFoundState } from '@/components/shell/not-found-state';

/** Title of the 404 page. */
export const metadata: Metadata = { title: 'Page not found' };

/** The 404 page. */
export default function NotFound() {
  return <NotFoundState />;
}
