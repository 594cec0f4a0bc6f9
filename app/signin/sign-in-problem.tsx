'use client';
// A sign-in failure in words: what failed and what was said.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** An error message bar for the sign-in page. */
export function SignInProblem({ heading, message }: { heading: string; message: string }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{heading}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
