'use client';
// A kind tab's toolbar: search (name and description), tag filter ("key" or "key=value"), the archived
// toggle, and Publish — a link to the publish flow, disabled with the reason when the person lacks
// registries/assets/write.
import { Button, Input, makeStyles, SearchBox, Switch, tokens } from '@fluentui/react-components';
import { Add20Regular, Tag20Regular } from '@fluentui/react-icons';
import { DeferredTooltip } from '@/components/shell/deferred-tooltip';
import type { AssetListView } from '@/lib/registries/assets/asset-list-view';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  search: { minWidth: '220px', flexGrow: 1, maxWidth: '360px' },
  tag: { minWidth: '180px', maxWidth: '240px' },
  publish: { marginInlineStart: 'auto' },
});

/** Props: the view and how to change it, and the publish link. */
export interface AssetTabToolbarProps {
  kindPlural: string;
  kindSingular: string;
  view: AssetListView;
  onView: (next: AssetListView) => void;
  publishHref: string;
  publishBlocked: string | null;
}

/** The toolbar above a kind's table. */
export function AssetTabToolbar({ kindPlural, kindSingular, view, onView, publishHref, publishBlocked }: AssetTabToolbarProps) {
  const styles = useStyles();
  const publishLabel = `Publish ${kindSingular}`;
  return (
    <div className={styles.root} role="search" aria-label={`Filter ${kindPlural.toLowerCase()}`}>
      <SearchBox
        className={styles.search}
        aria-label={`Search ${kindPlural.toLowerCase()}`}
        placeholder="Search by name or description"
        value={view.q}
        onChange={(_, d) => onView({ ...view, q: d.value })}
      />
      <Input
        className={styles.tag}
        aria-label="Filter by tag"
        placeholder="Tag: key or key=value"
        contentBefore={<Tag20Regular aria-hidden />}
        value={view.tag}
        onChange={(_, d) => onView({ ...view, tag: d.value })}
      />
      <Switch label="Show archived" checked={view.archived} onChange={(_, d) => onView({ ...view, archived: d.checked })} />
      <span className={styles.publish}>
        {publishBlocked ? (
          <DeferredTooltip content={publishBlocked} relationship="description">
            <Button appearance="primary" icon={<Add20Regular />} disabledFocusable>
              {publishLabel}
            </Button>
          </DeferredTooltip>
        ) : (
          <Button as="a" href={publishHref} appearance="primary" icon={<Add20Regular />}>
            {publishLabel}
          </Button>
        )}
      </span>
    </div>
  );
}
