import type { TableSummary } from '../../worker/tableProtocol.ts';

/** The first rows as Netloom read them (missing values marked), in a box that scrolls sideways; folded until asked for, so Train stays in view. */
export function TablePreview({ table }: { table: TableSummary }) {
  const shown = table.preview[0]?.length ?? 0;
  const names = table.columns.slice(0, shown).map((column) => column.name);
  const more = table.columns.length - shown;
  return (
    <details className="table-preview">
      <summary>
        First {table.preview.length} rows{more > 0 ? ` (the first ${shown} of ${table.columns.length} columns)` : ''}
      </summary>
      <div className="table-scroll" role="region" aria-label="First rows" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              {names.map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.preview.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  cell === null ? (
                    <td key={c} className="data-table__missing" title="missing">
                      —
                    </td>
                  ) : (
                    <td key={c}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
