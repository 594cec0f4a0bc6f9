'use client';
// One version's details: its kind's properties (flavors, image, build context, component inputs and
// outputs, data type and URI), description, tags, documents (conda file, component YAML, MLflow flavors)
// and replication to each of the registry's regions.
import { Badge, makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { CodeBlock } from '@/components/registry-page/code-block';
import { PropertyList, type PropertyRow } from '@/components/registry-page/property-list';
import { tagPairs } from '@/lib/registries/list-columns';
import { exactUtcTime } from '@/lib/registries/list-format';
import type { AssetVersionView } from '@/lib/registries/assets/asset-view';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  tags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  none: { color: tokens.colorNeutralForeground3 },
});

/** The version's properties, tags and documents. */
export function VersionProperties({ version }: { version: AssetVersionView }) {
  const styles = useStyles();
  const rows: PropertyRow[] = [
    { name: 'Description', value: version.description || <span className={styles.none}>None</span> },
    {
      name: 'Tags',
      value: tagPairs(version.tags).length ? (
        <span className={styles.tags}>
          {tagPairs(version.tags).map((t) => (
            <Badge key={t} appearance="outline" color="informative">{t}</Badge>
          ))}
        </span>
      ) : (
        <span className={styles.none}>None</span>
      ),
    },
    ...version.properties.map((p) => ({ name: p.label, value: p.value, mono: /URI|Image|Command/.test(p.label), copy: /URI|Image/.test(p.label) ? p.value : null })),
    { name: 'Created', value: version.createdAt ? `${exactUtcTime(version.createdAt)} by ${version.createdBy ?? 'unknown'}` : 'Unknown' },
    { name: 'Modified', value: version.modifiedAt ? `${exactUtcTime(version.modifiedAt)} by ${version.modifiedBy ?? 'unknown'}` : 'Unknown' },
  ];
  return (
    <section className={styles.section} aria-label={`Version ${version.version} properties`}>
      <Subtitle2 as="h2">Version {version.version}</Subtitle2>
      <PropertyList rows={rows} label="Properties" />
      {version.documents.map((d) => (
        <CodeBlock key={d.label} label={d.label} text={d.text} />
      ))}
    </section>
  );
}

const STATUS_COLOR: Record<string, 'success' | 'warning' | 'danger'> = { Succeeded: 'success', InProgress: 'warning', Failed: 'danger' };
const STATUS_WORDS: Record<string, string> = { Succeeded: 'Replicated', InProgress: 'Replicating', Failed: 'Failed' };

/** Replication of the version to each region. */
export function ReplicationTable({ version }: { version: AssetVersionView }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="replication-heading">
      <Subtitle2 as="h2" id="replication-heading">Replication</Subtitle2>
      {version.replication.length === 0 ? (
        <span className={styles.none}>ARM reports no per-region replication for this version.</span>
      ) : (
        <Table aria-label="Replication by region" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Region</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Completed</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {version.replication.map((r) => (
              <TableRow key={r.location}>
                <TableCell>{r.location}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={STATUS_COLOR[r.status] ?? 'warning'}>{STATUS_WORDS[r.status] ?? r.status}</Badge>
                </TableCell>
                <TableCell>{r.completedAt ? exactUtcTime(r.completedAt) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
