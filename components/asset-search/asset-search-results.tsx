'use client';
// The search's results as they stream in: per registry, its matching assets (linked to their asset pages);
// the registries that could not be searched, each with the reason; and how far the search has got.
import { Body1, Caption1, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import { PUBLISH_KIND_WORDS, publishedAssetHref } from '@/lib/registries/assets/publish-common';
import type { AssetSearchHit, SearchedRegistry } from '@/lib/registries/assets/asset-search';
import { registryHref } from '@/lib/registries/registry-href';
import { useAssetSearch } from './use-asset-search';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  registry: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  scroll: { overflowX: 'auto' },
  // The description gets the room: equal columns wrapped it a word a line on a phone.
  table: { minWidth: '640px' },
  name: { width: '30%' },
  short: { width: '14%' },
  bar: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

const place = (r: SearchedRegistry) => `${r.resourceGroup} · ${r.subscriptionName || r.subscriptionId}`;

function RegistryHits({ registry, hits }: { registry: SearchedRegistry; hits: AssetSearchHit[] }) {
  const styles = useStyles();
  const navigate = useClientNavigation();
  const ref = { subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, name: registry.name };
  return (
    <section className={styles.registry} aria-label={`Assets in ${registry.name}`}>
      <div>
        <Subtitle2 as="h2">
          <Link href={registryHref(ref)} onClick={navigate}>
            {registry.name}
          </Link>
        </Subtitle2>
        <Caption1> {place(registry)}</Caption1>
      </div>
      <div className={styles.scroll}>
        <Table size="small" aria-label={`Matching assets in ${registry.name}`} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.name}>Name</TableHeaderCell>
              <TableHeaderCell className={styles.short}>Kind</TableHeaderCell>
              <TableHeaderCell className={styles.short}>Latest version</TableHeaderCell>
              <TableHeaderCell>Description</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {hits.map((hit) => (
              <TableRow key={`${hit.kind}/${hit.name}`}>
                <TableCell>
                  <Link href={publishedAssetHref(ref, hit.kind, hit.name, hit.latestVersion ?? '')} onClick={navigate}>
                    {hit.name}
                  </Link>
                </TableCell>
                <TableCell>{PUBLISH_KIND_WORDS[hit.kind].noun}</TableCell>
                <TableCell>{hit.latestVersion ?? '—'}</TableCell>
                <TableCell>{hit.description ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

/** Results for `query`; `askedAt`: when the page was requested (the server's clock). */
export function AssetSearchResults({ query, askedAt }: { query: string; askedAt: number }) {
  const styles = useStyles();
  const search = useAssetSearch(query, askedAt);
  const hitCount = search.found.reduce((n, r) => n + r.hits.length, 0);
  const progress = search.total === null ? 'listing your registries' : `${search.answered} of ${search.total} registries searched`;
  return (
    <div className={styles.root}>
      <div className={styles.status} role="status" aria-live="polite">
        {!search.done && <Spinner size="tiny" aria-hidden />}
        <Body1>
          {search.done && !search.failure
            ? `${hitCount} ${hitCount === 1 ? 'asset' : 'assets'} named like "${query}" in ${search.found.length} of ${search.total ?? 0} registries.`
            : `Searching… ${progress}.`}
        </Body1>
      </div>
      {search.waiting && (
        <MessageBar intent="warning" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>Waiting for Azure</MessageBarTitle>
            {search.waiting.message} The search carries on by itself.
          </MessageBarBody>
        </MessageBar>
      )}
      {search.failure && (
        <MessageBar intent="error" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>The search could not run</MessageBarTitle>
            {search.failure.message} ({search.failure.code}
            {search.failure.requestId ? `, request ID ${search.failure.requestId}` : ''})
          </MessageBarBody>
        </MessageBar>
      )}
      {(search.unreadable.length > 0 || search.unreadableSubscriptions.length > 0) && (
        <MessageBar intent="warning" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>Some registries could not be searched</MessageBarTitle>
            <ul className={styles.list} aria-label="Registries not searched">
              {search.unreadable.map((u) => (
                <li key={`${u.registry.subscriptionId}/${u.registry.resourceGroup}/${u.registry.name}`}>
                  <strong>{u.registry.name}</strong> ({place(u.registry)}): {u.message} ({u.code}
                  {u.requestId ? `, request ID ${u.requestId}` : ''})
                </li>
              ))}
              {search.unreadableSubscriptions.map((s) => (
                <li key={s.subscriptionName}>
                  Subscription <strong>{s.subscriptionName}</strong>: {s.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {search.found.map((r) => (
        <RegistryHits key={`${r.registry.subscriptionId}/${r.registry.resourceGroup}/${r.registry.name}`} registry={r.registry} hits={r.hits} />
      ))}
    </div>
  );
}
