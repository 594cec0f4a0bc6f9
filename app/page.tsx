// The console opens on the Registries hub.
import { redirect } from 'next/navigation';

/** `/` redirects to `/registries`. */
export default function HomePage(): never {
  redirect('/registries');
}
