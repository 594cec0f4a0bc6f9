// 404 for a registry that does not exist (or an address that cannot be one).
import type { Metadata } from 'next';
import { RegistryNotFoundState } from '@/components/registry-page/registry-not-found-state';

/** Title of the registry 404 page. */
export const metadata: Metadata = { title: 'Registry not found' };

/** The registry 404 page. */
export default function RegistryNotFound() {
  return <RegistryNotFoundState />;
}
