// 404 for an asset the registry does not hold (or an address that cannot be one).
import type { Metadata } from 'next';
import { NotFoundState } from '@/components/shell/not-found-state';

/** Title of the asset 404 page. */
export const metadata: Metadata = { title: 'Asset not found' };

/** The asset 404 page. */
export default function AssetNotFound() {
  return <NotFoundState />;
}
