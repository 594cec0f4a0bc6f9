'use client';
// The mark on a progress table the page could not refresh: what went wrong and when the table was true.
// The page keeps polling meanwhile, so the mark goes away by itself once the console (or ARM) answers.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** "14:05": the hour and minute, in the person's locale and zone (shown only after hydration). */
export function knownAtText(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** Says the table below is stale: `reason`, and when it was last known. */
export function StaleProgressBar({ reason, at }: { reason: string; at: number }) {
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>Not current</MessageBarTitle>
        {`${reason}; showing what was known at ${knownAtText(at)}. This page keeps trying and updates by itself.`}
      </MessageBarBody>
    </MessageBar>
  );
}
