'use client';
// The asset page's changes: edit the version's tags and description, archive or restore the version or the
// whole asset, delete the version. Each is disabled with the missing permission when the person lacks it
// (GuardedButton), and each failure is shown in plain words.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Archive20Regular, ArrowUndo20Regular, Delete20Regular, Tag20Regular } from '@fluentui/react-icons';
import { FailureBar } from '@/components/action-kit/failure-bar';
import { useActionMutation } from '@/components/action-kit/use-action-mutation';
import { GuardedButton } from '@/components/registry-page/guarded-button';
import type { AssetAccess } from '@/lib/registries/assets/asset-access';
import type { SetArchivedInput } from '@/lib/registries/assets/asset-edits';
import type { AssetRow, AssetVersionView } from '@/lib/registries/assets/asset-view';
import type { ActionResult } from '@/lib/action-kit/action-result';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Props: what is selected, the guards, and what each button does. */
export interface AssetManageBarProps {
  asset: AssetRow;
  version: AssetVersionView | null;
  access: AssetAccess;
  setArchived: (input: SetArchivedInput) => Promise<ActionResult<null>>;
  onChanged: () => void | Promise<void>;
  onEditTags: () => void;
  onDelete: () => void;
}

/** The manage buttons. */
export function AssetManageBar({ asset, version, access, setArchived, onChanged, onEditTags, onDelete }: AssetManageBarProps) {
  const styles = useStyles();
  const archive = useActionMutation(setArchived, { onSuccess: onChanged });
  const busy = archive.pending ? 'Saving…' : null;
  return (
    <div className={styles.root}>
      <div className={styles.buttons} role="group" aria-label="Manage">
        {version && (
          <>
            <GuardedButton icon={<Tag20Regular />} blockedReason={access.writeBlocked ?? busy} onClick={onEditTags}>
              Edit tags
            </GuardedButton>
            <GuardedButton
              icon={version.isArchived ? <ArrowUndo20Regular /> : <Archive20Regular />}
              blockedReason={access.writeBlocked ?? busy}
              onClick={() => archive.run({ version: version.version, archived: !version.isArchived })}
            >
              {version.isArchived ? `Restore version ${version.version}` : `Archive version ${version.version}`}
            </GuardedButton>
          </>
        )}
        <GuardedButton
          icon={asset.isArchived ? <ArrowUndo20Regular /> : <Archive20Regular />}
          blockedReason={access.writeBlocked ?? busy}
          onClick={() => archive.run({ version: null, archived: !asset.isArchived })}
        >
          {asset.isArchived ? 'Restore asset' : 'Archive asset'}
        </GuardedButton>
        {version && (
          <GuardedButton icon={<Delete20Regular />} blockedReason={access.deleteBlocked ?? busy} onClick={onDelete}>
            Delete version
          </GuardedButton>
        )}
      </div>
      {archive.failure && <FailureBar failure={archive.failure} title="Couldn't archive or restore" />}
    </div>
  );
}
