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
import { useMemo, useState } from 'react';
import type { RegionOption } from '@/lib/registries/regions';
import { FailureBar } from '@/components/action-kit/failure-bar';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { useActionMutation } from '@/components/action-kit/use-action-mutation';
import type { StartedOperation } from '@/lib/registries/operation-types';

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
  const labels = useMemo(() => new Map(options.map((o) => [o.name, o.regionalDisplayName])), [options]);
  const shown = options.filter((o) => o.regionalDisplayName.toLowerCase().includes(query.toLowerCase()) || o.name.includes(query.toLowerCase()));
  const { run, pending, failure, clearFailure } = useActionMutation(onSubmit, {
    onSuccess: (operation) => {
      setSelected([]);
      onStarted(operation);
      onOpenChange(false);
    },
  });
  const close = (next: boolean) => {
    if (!next) clearFailure();
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
            {failure && <FailureBar failure={failure} title="Couldn't add regions" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => close(false)}>Cancel</Button>
            <Button
              appearance="primary"
              disabled={selected.length === 0 || pending}
              icon={pending ? <Spinner size="tiny" /> : undefined}
              onClick={() => run(selected)}
            >
              {pending ? 'Starting…' : selected.length > 1 ? `Add ${selected.length} regions` : 'Add region'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
