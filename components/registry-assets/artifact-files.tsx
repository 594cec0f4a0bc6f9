'use client';
// The version's files with their sizes; each downloads from storage through its SAS URL (the browser goes
// straight to the blob, the console server never carries the bytes).
import { Link, makeStyles, Skeleton, SkeletonItem, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { ArrowDownload16Regular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { FailureBar } from '@/components/action-kit/failure-bar';
import type { AssetRef } from '@/lib/registries/assets/asset-ref';
import type { AssetVersionView } from '@/lib/registries/assets/asset-view';
import { useAssetPageActions } from './asset-actions';
import { assetFilesQuery } from './asset-queries';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: { overflowX: 'auto' },
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  none: { color: tokens.colorNeutralForeground2 },
  download: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
});

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** "1.5 MB", "312 bytes". */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${UNITS[unit]}`;
}

/** The Files section of a version. */
export function ArtifactFilesSection({ asset, version }: { asset: AssetRef; version: AssetVersionView }) {
  const styles = useStyles();
  const { listFiles } = useAssetPageActions();
  const { data: result } = useQuery(assetFilesQuery(asset, version.version, version.artifactUri, listFiles));
  let body;
  if (!result) body = <Skeleton aria-label="Loading files"><SkeletonItem size={24} /><SkeletonItem size={24} /></Skeleton>;
  else if (!result.ok) body = <FailureBar failure={result} title="Couldn't list the files" />;
  else if (result.data.state === 'none') body = <span className={styles.none}>{result.data.reason}</span>;
  else if (result.data.files.length === 0) body = <span className={styles.none}>No files are stored for this version.</span>;
  else {
    body = (
      <div className={styles.scroller}>
        <Table aria-label="Files" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>File</TableHeaderCell>
              <TableHeaderCell>Size</TableHeaderCell>
              <TableHeaderCell>Download</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.data.files.map((f) => (
              <TableRow key={f.path}>
                <TableCell className={styles.path}>{f.path}</TableCell>
                <TableCell>{formatSize(f.size)}</TableCell>
                <TableCell>
                  <Link href={f.downloadUrl} download={f.path.split('/').pop()} aria-label={`Download ${f.path}`} className={styles.download} rel="noopener noreferrer">
                    <ArrowDownload16Regular aria-hidden /> Download
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {result.data.truncated && <span className={styles.none}>Only the first {result.data.files.length} files are listed.</span>}
      </div>
    );
  }
  return (
    <section className={styles.section} aria-labelledby="files-heading">
      <Subtitle2 as="h2" id="files-heading">Files</Subtitle2>
      {body}
    </section>
  );
}
