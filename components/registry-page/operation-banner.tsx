'use client';
// A running operation on the registry with its live status: polled through the page's status route at
// ARM's Retry-After until Succeeded, Failed or Canceled; then `onFinished` runs once. A handle the status
// route refuses (it may come from a shared URL) ends in a calm notice and `onUnfollowable`, never a crash.
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { StartedOperation } from '@/lib/registries/operation-types';
import { isTerminal, operationPollQuery, UnfollowableOperationError } from './operation-poll';
import type { OperationPoll } from '@/lib/registries/operation-types';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { UnfollowableOperationBar } from './unfollowable-operation-bar';

const useStyles = makeStyles({ body: { whiteSpace: 'normal', minWidth: 0 } });

function elapsed(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** The operation's banner; `onFinished` receives the terminal poll, `onUnfollowable` runs when the handle is refused. */
export function OperationBanner({
  registry,
  operation,
  onFinished,
  onUnfollowable,
  onDismiss,
}: {
  registry: RegistryRef;
  operation: StartedOperation;
  onFinished: (poll: OperationPoll) => void;
  onUnfollowable: () => void;
  onDismiss: () => void;
}) {
  const styles = useStyles();
  const query = useQuery(operationPollQuery(registry, operation.handle, operation.retryAfterSeconds));
  const poll = query.data;
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  const done = isTerminal(poll);
  const unfollowable = query.error instanceof UnfollowableOperationError ? query.error : null;
  const reported = useRef(false);
  useEffect(() => {
    if (done || !poll || unfollowable) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [done, poll, unfollowable]);
  useEffect(() => {
    if (poll && done && !reported.current) {
      reported.current = true;
      onFinished(poll);
    }
  }, [poll, done, onFinished]);
  useEffect(() => {
    if (unfollowable && !reported.current) {
      reported.current = true;
      onUnfollowable();
    }
  }, [unfollowable, onUnfollowable]);

  if (unfollowable) return <UnfollowableOperationBar reason={unfollowable.message} onDismiss={onDismiss} />;
  if (!done) {
    return (
      <MessageBar intent="info" layout="multiline" role="status" aria-live="polite">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{operation.title}</MessageBarTitle>
          <Spinner size="extra-tiny" as="span" /> Running · {elapsed(now - startedAt)}
          {query.error ? ` · Couldn't read the status (${query.error.message}); retrying.` : ''}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const ok = poll?.status === 'Succeeded';
  return (
    <MessageBar intent={ok ? 'success' : 'error'} layout="multiline" role={ok ? 'status' : 'alert'}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{ok ? `${operation.title}: done` : `${operation.title}: ${poll?.status.toLowerCase()}`}</MessageBarTitle>
        {!ok && poll?.error ? `${poll.error.code}: ${poll.error.message}` : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDismiss}>Dismiss</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
