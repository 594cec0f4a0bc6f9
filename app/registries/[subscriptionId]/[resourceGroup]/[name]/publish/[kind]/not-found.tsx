// 404 for a publish address: a kind that cannot be published (only models, environments, components and
// data can), or a registry that does not exist.
import type { Metadata } from 'next';
import { NotFoundState } from '@/components/shell/not-found-state';

/** Title of the publish 404 page. */
export const metadata: Metadata = { title: 'Page not found' };

/** The publish 404 page. */
export default function PublishNotFound() {
  return <NotFoundState />;
}
