// Printing a document (docs/rules.md §12): the print dialog (where "Gem som PDF" is one of the
// printers), and in the desktop app also "Gem som PDF" straight through Electron's printToPDF.
// Each is audited (docs/rules.md §13): the document, how, and whom or which month it is about.
import { useState } from 'react';
import type { AccessEvent } from '../../../../shared/data/api';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';

/** Which document and what it is about, for the audit log. */
export type DocumentRef = Omit<Extract<AccessEvent, { kind: 'document' }>, 'kind' | 'how'>;

export function PrintButtons({
  fileName,
  label = 'Udskriv',
  document: ref,
}: {
  fileName: string;
  label?: string;
  document: DocumentRef;
}) {
  const api = useDataApi();
  const [status, setStatus] = useState<string | null>(null);
  const desktop = typeof window !== 'undefined' ? window.api : undefined;
  const audit = (how: 'print' | 'pdf', file?: string) =>
    api.recordAccess({ kind: 'document', how, ...ref, ...(file ? { fileName: file } : {}) });
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setStatus(null);
          audit('print')
            .then(() => window.print())
            .catch((e: unknown) => setStatus(errorMessage(e)));
        }}
      >
        {desktop ? label : `${label} eller gem som PDF`}
      </button>
      {desktop ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setStatus(null);
            desktop
              .savePdf({ suggestedName: fileName })
              .then(async (r) => {
                if (!r.saved) return setStatus(null);
                await audit('pdf', fileName);
                setStatus(`Gemt som ${r.path ?? fileName}.`);
              })
              .catch((e: unknown) => setStatus(errorMessage(e)));
          }}
        >
          Gem som PDF
        </button>
      ) : null}
      {status ? (
        <p role="status" className="no-print">
          {status}
        </p>
      ) : null}
    </>
  );
}
