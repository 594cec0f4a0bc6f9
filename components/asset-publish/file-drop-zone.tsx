'use client';
// Where files are added to a publish form: dragged in (files or folders) or chosen with the file or folder
// picker; the list shows each path and size, and the total. Nothing is read here: the files are uploaded
// by block-upload.ts once the form is submitted.
import { Body1, Caption1, Field, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DismissRegular, DocumentAddRegular, FolderAddRegular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent, type InputHTMLAttributes } from 'react';
import { formatBytes, totalBytes } from '@/lib/registries/assets/file-sizes';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { describeFiles, filesFromDrop, filesFromInput, mergeFiles, type LocalFile } from './local-files';

const SHOWN = 8;

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
});

// React has no typed prop for the folder picker; the attribute is what every current browser reads.
const FOLDER_PICKER = { webkitdirectory: '' } as InputHTMLAttributes<HTMLInputElement>;

/** Props: the files so far, their setter, the field's label and hint, and the schema's problem with them. */
export interface FileDropZoneProps {
  label: string;
  hint: string;
  files: LocalFile[];
  onChange: (files: LocalFile[]) => void;
  error?: string;
  disabled?: boolean;
  /** Only one file (a uri_file data asset): no folder picker, a new pick replaces the old. */
  single?: boolean;
}

/** The drop zone, pickers and file list of a publish form. */
export function FileDropZone({ label, hint, files, onChange, error, disabled, single }: FileDropZoneProps) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const add = (added: LocalFile[]) => onChange(single ? added.slice(0, 1) : mergeFiles(files, added));
  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) add(await filesFromDrop(event.dataTransfer));
  };
  const described = describeFiles(files);
  return (
    <Field label={label} hint={hint} validationMessage={error} validationState={error ? 'error' : 'none'}>
      <div
        className={mergeClasses(styles.zone, over && styles.over)}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => void onDrop(e)}
        data-testid="file-drop-zone"
      >
        <Body1>{single ? 'Drag a file here, or choose it.' : 'Drag files or a folder here, or choose them.'}</Body1>
        <div className={styles.buttons}>
          <HydratedButton icon={<DocumentAddRegular />} onClick={() => filesInput.current?.click()} disabled={disabled}>
            {single ? 'Choose file' : 'Choose files'}
          </HydratedButton>
          {!single && (
            <HydratedButton icon={<FolderAddRegular />} onClick={() => folderInput.current?.click()} disabled={disabled}>
              Choose folder
            </HydratedButton>
          )}
          {files.length > 0 && (
            <HydratedButton appearance="subtle" icon={<DismissRegular />} onClick={() => onChange([])} disabled={disabled}>
              Clear files
            </HydratedButton>
          )}
        </div>
        <input ref={filesInput} type="file" multiple={!single} hidden aria-label="Files to upload" onChange={(e) => add(filesFromInput(e.target.files))} />
        {!single && <input ref={folderInput} type="file" hidden aria-label="Folder to upload" {...FOLDER_PICKER} onChange={(e) => add(filesFromInput(e.target.files))} />}
        {files.length > 0 && (
          <>
            <ul className={styles.list} aria-label="Files to upload">
              {described.slice(0, SHOWN).map((f) => (
                <li key={f.path}>
                  {f.path} <Caption1>({formatBytes(f.size)})</Caption1>
                </li>
              ))}
              {files.length > SHOWN && <li>and {files.length - SHOWN} more</li>}
            </ul>
            <Caption1>
              {files.length} {files.length === 1 ? 'file' : 'files'}, {formatBytes(totalBytes(described))} in all
            </Caption1>
          </>
        )}
      </div>
    </Field>
  );
}
