// A document table of money figures (docs/rules.md §12): one row per line, a total in the foot.
import type { ReactNode } from 'react';
import type { Figures } from '../../../../shared/documents/table';
import { formatDecimal, formatKr } from '../../../../shared/danish/number';

export interface FiguresRow {
  key: string;
  head: ReactNode;
  /** Extra cells after the head (e.g. the transport mode). */
  extra?: ReactNode[];
  figures: Figures;
  className?: string;
}

const COLUMNS = ['Timer', 'Bruttoløn', 'Kørsel i alt', 'Borgerens andel', 'Kommunens andel'];

export function FiguresTable({
  caption,
  heads,
  rows,
  total,
  showCitizens,
}: {
  caption: string;
  heads: string[];
  rows: FiguresRow[];
  total: FiguresRow;
  showCitizens?: boolean;
}) {
  const cells = (f: Figures) => [
    ...(showCitizens ? [formatDecimal(f.citizens)] : [formatDecimal(f.days)]),
    formatDecimal(f.hours),
    formatKr(f.grossPay),
    formatKr(f.transportTotal),
    formatKr(f.citizenShare),
    formatKr(f.municipalShare),
  ];
  const line = (r: FiguresRow, foot = false) => (
    <tr key={r.key} className={r.className}>
      <th scope="row">{r.head}</th>
      {r.extra?.map((e, i) => (
        <td key={i}>{e}</td>
      ))}
      {cells(r.figures).map((c, i) => (
        <td key={i} className="num">
          {foot ? <strong>{c}</strong> : c}
        </td>
      ))}
    </tr>
  );
  return (
    <table className="doc-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {heads.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
          <th scope="col" className="num">
            {showCitizens ? 'Borgere' : 'Dage'}
          </th>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="num">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows.map((r) => line(r))}</tbody>
      <tfoot>{line(total, true)}</tfoot>
    </table>
  );
}
