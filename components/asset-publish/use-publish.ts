'use client';
// The publish flow a form runs on submit: check the input with the shared schema, then — for kinds with
// files — ask the server for an upload location and send the files from the browser, then ask the server to
// create the version, and open its asset page. An upload that stops keeps its pendingUploadId, so the next
// submit ("Resume upload") sends only what the storage service does not have yet.
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { invalidInput, type ActionFailure, type ActionResult } from '@/lib/action-kit/action-result';
import { problemsOf, type FieldErrors } from '@/lib/registries/field-errors';
import type { UploadTarget } from '@/lib/registries/assets/publish-upload-plan';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { UploadInterrupted, uploadToContainer } from './block-upload';
import type { LocalFile } from './local-files';

/** The route's two server actions, handed in by the page. */
export interface PublishActions {
  startUpload: (ref: RegistryRef, input: unknown, pendingUploadId?: string) => Promise<ActionResult<UploadTarget>>;
  createVersion: (ref: RegistryRef, input: unknown, pendingUploadId?: string) => Promise<ActionResult<{ href: string }>>;
}

/** Where the flow is. */
export type PublishPhase = 'idle' | 'starting' | 'uploading' | 'interrupted' | 'creating' | 'done';

/** What a form shows of the flow, and how it starts it. */
export interface PublishFlow {
  phase: PublishPhase;
  busy: boolean;
  progress: { sent: number; total: number } | null;
  failure: ActionFailure | null;
  publish: (raw: unknown, files: readonly LocalFile[]) => Promise<void>;
}

// The same files, name and version as the interrupted attempt: only then may its container be reused.
const attemptKey = (raw: unknown, files: readonly LocalFile[]) => JSON.stringify([raw, files.map((f) => [f.path, f.file.size, f.file.lastModified])]);

/** The flow for one form; `onFieldErrors` puts the schema's or the server's field problems on the form. */
export function usePublish(registry: RegistryRef, actions: PublishActions, onFieldErrors: (errors: FieldErrors) => void): PublishFlow {
  const router = useRouter();
  const [phase, setPhase] = useState<PublishPhase>('idle');
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const pending = useRef<{ key: string; id: string } | null>(null);

  const fail = (result: ActionFailure, next: PublishPhase = 'idle') => {
    setPhase(next);
    setFailure(result);
    if (result.fieldErrors) onFieldErrors(result.fieldErrors);
  };

  const publish = async (raw: unknown, files: readonly LocalFile[]) => {
    setFailure(null);
    // The schemas (zod, and YAML for components) are needed from the first submit, not to show the form.
    let schemas: typeof import('@/lib/registries/assets/publish-input');
    try {
      schemas = await import('@/lib/registries/assets/publish-input');
    } catch (error) {
      return fail({ ok: false, message: `The page could not load what it needs to check the form: ${(error as Error).message}. Reload the page and try again.` });
    }
    const { publishInputSchema, uploadOf } = schemas;
    const parsed = publishInputSchema.safeParse(raw);
    if (!parsed.success) {
      const { fieldErrors, formErrors } = problemsOf(parsed.error);
      return fail(invalidInput(formErrors[0] ?? 'Some fields need fixing before this can be published.', fieldErrors));
    }
    const key = attemptKey(raw, files);
    if (pending.current?.key !== key) pending.current = null;
    try {
      if (uploadOf(parsed.data)) {
        setPhase('starting');
        const target = await actions.startUpload(registry, raw, pending.current?.id);
        if (!target.ok) return fail(target);
        pending.current = { key, id: target.data.pendingUploadId };
        const total = files.reduce((sum, f) => sum + f.file.size, 0);
        setProgress({ sent: 0, total });
        setPhase('uploading');
        const items = files.map((f, i) => ({ file: f.file, blobPath: target.data.blobPaths[i] }));
        await uploadToContainer(target.data.sasUri, items, (sent) => setProgress({ sent, total }));
      }
      setPhase('creating');
      const created = await actions.createVersion(registry, raw, pending.current?.id);
      if (!created.ok) return fail(created);
      setPhase('done');
      router.push(created.data.href);
    } catch (error) {
      if (error instanceof UploadInterrupted) return fail({ ok: false, message: `${error.message} Select Resume upload to send the rest.`, code: 'UploadInterrupted' }, 'interrupted');
      fail({ ok: false, message: `The request did not reach the server: ${(error as Error).message}` });
    }
  };

  const busy = phase === 'starting' || phase === 'uploading' || phase === 'creating' || phase === 'done';
  return { phase, busy, progress, failure, publish };
}
