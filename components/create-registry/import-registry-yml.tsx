'use client';
// "Import registry.yml": reads a file in either form (the seed's or the CLI's) into the whole wizard.
// Files over 64 KB are refused before they are read; every problem is listed with its line. The parser
// (and the yaml library) is downloaded when a file is chosen: it is not first-load code of the wizard.
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { YmlProblem } from '@/lib/registries/registry-yml';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hidden: { display: 'none' },
});

type Outcome =
  | { kind: 'imported'; fileName: string; format: string; warnings: string[] }
  | { kind: 'failed'; fileName: string; errors: YmlProblem[] };

/** "Line 4, column 3: message" (or the message alone when the file has no position for it). */
export function formatYmlProblem(problem: YmlProblem): string {
  if (problem.line === undefined) return problem.message;
  return problem.column === undefined ? `Line ${problem.line}: ${problem.message}` : `Line ${problem.line}, column ${problem.column}: ${problem.message}`;
}

/** The import button and the outcome of the last import. `onImport` receives the file's wizard values. */
export function ImportRegistryYml({ onImport }: { onImport(values: Partial<CreateRegistryForm>): void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const read = async (file: File) => {
    const { MAX_REGISTRY_YML_BYTES, parseRegistryYml } = await import('@/lib/registries/registry-yml');
    if (file.size > MAX_REGISTRY_YML_BYTES) {
      // Read no more than one byte past the limit: enough for the parser to say on which line it is passed.
      const head = parseRegistryYml(await file.slice(0, MAX_REGISTRY_YML_BYTES + 1).text());
      const line = head.ok ? undefined : head.errors[0]?.line;
      const message = `The file is ${file.size.toLocaleString('en-US')} bytes; registry.yml may be at most 64 KB (${MAX_REGISTRY_YML_BYTES.toLocaleString('en-US')} bytes).`;
      setOutcome({ kind: 'failed', fileName: file.name, errors: [{ line, message }] });
      return;
    }
    const result = parseRegistryYml(await file.text());
    if (!result.ok) {
      setOutcome({ kind: 'failed', fileName: file.name, errors: result.errors });
      return;
    }
    onImport(result.form);
    setOutcome({ kind: 'imported', fileName: file.name, format: result.format === 'seed' ? 'the 2022 preview form' : 'the CLI form', warnings: result.warnings });
  };

  return (
    <div className={styles.root}>
      <input
        ref={input}
        type="file"
        accept=".yml,.yaml,text/yaml,application/yaml"
        className={styles.hidden}
        aria-label="registry.yml file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <Button icon={<ArrowUploadRegular />} onClick={() => input.current?.click()}>
        Import registry.yml
      </Button>
      <div aria-live="polite">
        {outcome?.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{outcome.fileName} could not be imported</MessageBarTitle>
              <ul className={styles.list}>
                {outcome.errors.map((problem, index) => (
                  <li key={index}>{formatYmlProblem(problem)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === 'imported' && (
          <MessageBar intent={outcome.warnings.length > 0 ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Imported {outcome.fileName}</MessageBarTitle>
              Read as {outcome.format}; every step was filled from it. Review each step before creating.
              {outcome.warnings.length > 0 && (
                <ul className={styles.list}>
                  {outcome.warnings.map((warning, index) => (
                    <li key={index}>{warning}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
