'use client';
// Add regions: choose supported regions the registry does not have yet (the wizard's region options),
// then the action PUTs the full registry with the new regionDetails (arm-contract §1 "Add a region").
import {
  Body1,
  Button,
  Combobox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Option,
  Spinner,
  Tag,
  TagGroup,
  tokens,
} from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { RegionOption } from '@/lib/registries/regions';
import { ActionFailureBar } from './action-failure-bar';
import type { ActionFailure, ActionResult, StartedOperation } from './action-result';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** The dialog; `onSubmit` runs addRegionsAction and `onStarted` receives the running operation. */
export function AddRegionsDialog({
  open,
  options,
  storageSummary,
  onOpenChange,
  onSubmit,
  onStarted,
}: {
  open: boolean;
  options: readonly RegionOption[];
  /** The storage new regions get, in words ("Standard_LRS, hierarchical namespace off"). */
  storageSummary: string;
  onOpenChange: (open: boolean) => void;
  onSubmit: (regions: string[]) => Promise<ActionResult<StartedOperation>>;
  onStarted: (operation: StartedOperation) => void;
}) {
  const styles = useStyles();
  const [selected, setSelected] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const labels = useMemo(() => new Map(options.map((o) => [o.name, o.regionalDisplayName])), [options]);
  const shown = options.filter((o) => o.regionalDisplayName.toLowerCase().includes(query.toLowerCase()) || o.name.includes(query.toLowerCase()));
  const mutation = useMutation({
    mutationFn: onSubmit,
    onSuccess: (result) => {
      if (!result.ok) return setFailure(result);
      setSelected([]);
      onStarted(result.data);
      onOpenChange(false);
    },
    onError: (error) => setFailure({ ok: false, message: `The request did not reach the server: ${error.message}` }),
  });
  const close = (next: boolean) => {
    if (!next) setFailure(null);
    onOpenChange(next);
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => close(data.open)}>
      <DialogSurface aria-describedby="add-regions-help">
        <DialogBody>
          <DialogTitle>Add regions</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 id="add-regions-help">
              Each new region gets its own storage account ({storageSummary}, like the primary region) and a replication of the
              registry&apos;s container registry. Adding regions updates the whole registry and takes a few minutes; you can keep
              using it meanwhile.
            </Body1>
            <Field label="Regions to add" required validationMessage={failure?.fieldErrors?.regions} hint="Only regions where registries are supported are listed.">
              <Combobox
                multiselect
                placeholder="Choose regions"
                value={query}
                selectedOptions={selected}
                onOptionSelect={(_, data) => {
                  setSelected(data.selectedOptions);
                  setQuery('');
                }}
                onChange={(e) => setQuery(e.target.value)}
              >
                {shown.map((o) => (
                  <Option key={o.name} value={o.name} text={o.regionalDisplayName}>
                    {o.regionalDisplayName}
                  </Option>
                ))}
              </Combobox>
            </Field>
            {selected.length > 0 && (
              <TagGroup aria-label="Regions to add" onDismiss={(_, data) => setSelected((s) => s.filter((r) => r !== data.value))}>
                {selected.map((r) => (
                  <Tag key={r} value={r} dismissible dismissIcon={{ 'aria-label': `Remove ${labels.get(r) ?? r}` }}>
                    {labels.get(r) ?? r}
                  </Tag>
                ))}
              </TagGroup>
            )}
            {failure && <ActionFailureBar failure={failure} title="Couldn't add regions" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => close(false)}>Cancel</Button>
            <Button
              appearance="primary"
              disabled={selected.length === 0 || mutation.isPending}
              icon={mutation.isPending ? <Spinner size="tiny" /> : undefined}
              onClick={() => {
                setFailure(null);
                mutation.mutate(selected);
              }}
            >
              {mutation.isPending ? 'Starting…' : selected.length > 1 ? `Add ${selected.length} regions` : 'Add region'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
