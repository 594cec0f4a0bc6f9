'use client';
// Entra ID mode: one button that starts the authorization-code flow (/signin/entra), and the reason the
// last attempt failed, if the callback sent one back.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { PersonKey20Regular } from '@fluentui/react-icons';
import { SignInProblem } from './sign-in-problem';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM },
});

/** "Sign in with Microsoft", returning to `next`. */
export function EntraSignIn({ next, error }: { next: string; error: string | null }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {error && <SignInProblem heading="Sign-in didn't complete" message={error} />}
      <Button as="a" appearance="primary" icon={<PersonKey20Regular />} href={`/signin/entra?next=${encodeURIComponent(next)}`}>
        Sign in with Microsoft
      </Button>
    </div>
  );
}
