// "Eksportér CSV" for a document's table (docs/rules.md §12), audited when saved (§13).
import { useState } from 'react';
import { saveTextFile } from '../../components/saveFile';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import type { DocumentRef } from './PrintButtons';

export function CsvButton({
  fileName,
  content,
  document: ref,
}: {
  fileName: string;
  content: () => string;
  document: DocumentRef;
}) {
  const api = useDataApi();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setError(null);
          saveTextFile(fileName, content(), { name: 'CSV', extensions: ['csv'] })
            .then(async (r) => {
              if (r.saved)
                await api.recordAccess({ kind: 'document', how: 'csv', ...ref, fileName });
            })
            .catch((e: unknown) => setError(errorMessage(e)));
        }}
      >
        Eksportér CSV
      </button>
      {error ? (
        <p role="alert" className="no-print">
          {error}
        </p>
      ) : null}
    </>
  );
}
