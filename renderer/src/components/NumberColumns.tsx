// A table's right-aligned number columns, declared once as `{ field: heading }` in column order:
// the headings and each row's cells come from the same declaration.

export function NumberHeads({ headers }: { headers: Readonly<Record<string, string>> }) {
  return Object.entries(headers).map(([key, header]) => (
    <th key={key} scope="col" className="num">
      {header}
    </th>
  ));
}

/** One cell per column; a field the row lacks (a total that does not exist) stays empty. */
export function NumberCells<K extends string>({
  headers,
  row,
}: {
  headers: Readonly<Record<K, string>>;
  row: Partial<Record<NoInfer<K>, string>>;
}) {
  return (Object.keys(headers) as K[]).map((key) => (
    <td key={key} className="num">
      {row[key]}
    </td>
  ));
}
