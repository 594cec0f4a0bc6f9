// /signin: the only page reachable without a session. With the emulator it lists the demo tenant's
// principals; with Entra ID it offers "Sign in with Microsoft"; with DefaultAzureCredential there is no
// sign-in, so it forwards to `next`.
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { consoleAuthMode } from '@/lib/session/auth-mode';
import { listEmulatorPrincipals, type DirectoryPrincipal } from '@/lib/session/emulator-directory';
import { safeNextPath } from '@/lib/session/next-path';
import { getSignedInUser } from '@/lib/session/session';
import { EntraSignIn } from './entra-sign-in';
import { PrincipalSignInForm } from './principal-sign-in-form';
import { SignInProblem } from './sign-in-problem';

/** Title of the sign-in page. */
export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The sign-in page for the configured mode. */
export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next));
  const mode = consoleAuthMode();
  if (mode === 'default-azure-credential') redirect(next);
  const current = await getSignedInUser();
  const description = current
    ? `You are signed in as ${current.displayName} (${current.userPrincipalName}). Choose another identity to switch.`
    : undefined;
  if (mode === 'entra') {
    return (
      <>
        <PageHeader title="Sign in" description={description ?? 'Sign in with your Microsoft Entra ID work account.'} />
        <EntraSignIn next={next} error={first(params.error) ?? null} />
      </>
    );
  }
  let principals: DirectoryPrincipal[];
  try {
    principals = await listEmulatorPrincipals();
  } catch (error) {
    return (
      <>
        <PageHeader title="Sign in" />
        <SignInProblem heading="Couldn't load the emulator's directory" message={(error as Error).message} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Sign in"
        description={description ?? "Choose a principal of the emulator's demo tenant. Every ARM call then carries that principal's token."}
      />
      <PrincipalSignInForm principals={principals} next={next} />
    </>
  );
}
