// Printing a document (docs/rules.md §12): the print dialog (where "Gem som PDF" is one of the
// printers), and in the desktop app also "Gem som PDF" straight through Electron's printToPDF.
import { useState } from 'react';
import { errorMessage } from '../../data/errors';

export function PrintButtons({
  fileName,
  label = 'Udskriv',
}: {
  fileName: string;
  label?: string;
}) {
  const [status, setStatus] = useState<string | null>(null);
  const desktop = typeof window !== 'undefined' ? window.api : undefined;
  return (
    <>
      <button type="button" onClick={() => window.print()}>
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
              .then((r) => setStatus(r.saved ? `Gemt som ${r.path ?? fileName}.` : null))
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
