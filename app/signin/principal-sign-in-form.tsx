'use client';
// The emulator directory as a list of buttons, one per principal (name, user principal name, roles).
// Choosing one submits the form; on success the browser loads `next` afresh, so no data cached for the
// previous user (React Query, the router cache) carries over.
import { Avatar, Caption1, CompoundButton, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useActionState, useEffect } from 'react';
import type { DirectoryPrincipal } from '@/lib/session/emulator-directory';
import { signInAction, type SignInResult } from './sign-in-action';
import { SignInProblem } from './sign-in-problem';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  choice: { width: '100%', justifyContent: 'flex-start', textAlign: 'start' },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '24px' },
});

function rolesText(roles: string[]): string {
  return roles.length === 0 ? 'No role assignments' : `Roles: ${roles.join(', ')}`;
}

/** One submit button per directory principal; `next` is where sign-in returns to. */
export function PrincipalSignInForm({ principals, next }: { principals: DirectoryPrincipal[]; next: string }) {
  const styles = useStyles();
  const [result, formAction, pending] = useActionState<SignInResult, FormData>(signInAction, null);
  const signedIn = result?.ok === true;
  useEffect(() => {
    if (result?.ok) window.location.assign(result.next);
  }, [result]);
  return (
    <form action={formAction} className={styles.form} aria-label="Sign in as">
      <input type="hidden" name="next" value={next} />
      {result && !result.ok && <SignInProblem heading="Couldn't sign in" message={result.message} />}
      <ul className={styles.list}>
        {principals.map((principal) => (
          <li key={principal.id}>
            <CompoundButton
              type="submit"
              name="principal"
              value={principal.id}
              className={styles.choice}
              disabledFocusable={pending || signedIn}
              icon={<Avatar name={principal.displayName} color="colorful" size={32} aria-hidden />}
              secondaryContent={`${principal.userPrincipalName} · ${rolesText(principal.roles)}`}
            >
              {principal.displayName}
            </CompoundButton>
          </li>
        ))}
      </ul>
      <div className={styles.status} role="status" aria-live="polite">
        {(pending || signedIn) && <Spinner size="tiny" label="Signing in…" />}
        {!pending && !signedIn && <Caption1>The session lasts 8 hours.</Caption1>}
      </div>
    </form>
  );
}
