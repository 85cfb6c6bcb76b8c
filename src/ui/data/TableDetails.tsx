import type { PlanSummary, TableSummary } from '../../worker/tableProtocol.ts';
import { ClassBalance } from './ClassBalance.tsx';
import { ColumnTable } from './ColumnTable.tsx';
import { InputWidth } from './InputWidth.tsx';
import { TablePreview } from './TablePreview.tsx';
import './tableDetails.css';

const DELIMITER_NAMES = { ',': 'comma-separated', '\t': 'tab-separated', ';': 'semicolon-separated' } as const;

/** A table's summary line, its first rows, its columns (editable), the class balance and the Input width it needs. */
export function TableDetails({ table, plan }: { table: TableSummary; plan: PlanSummary | null }) {
  const name = table.table.kind === 'file' ? table.table.file : table.table.name;
  const facts = [
    `${table.rowCount.toLocaleString('en-US')} rows`,
    `${table.columns.length.toLocaleString('en-US')} columns`,
    ...(table.delimiter ? [DELIMITER_NAMES[table.delimiter]] : []),
  ];
  const dropped = plan?.description.droppedRows ?? 0;
  return (
    <div className="table-details">
      <p className="table-details__summary">
        <strong>{name}</strong> · {facts.join(' · ')}
        {dropped > 0 && (
          <span className="table-details__dropped">
            {' '}
            · {dropped.toLocaleString('en-US')} {dropped === 1 ? 'row' : 'rows'} without a target left out
          </span>
        )}
      </p>
      {plan && <InputWidth plan={plan} />}
      <TablePreview table={table} />
      <ColumnTable table={table} plan={plan} />
      {plan && <ClassBalance plan={plan} />}
    </div>
  );
}
