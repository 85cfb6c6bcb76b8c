import { useState } from 'react';
import type { ColumnType } from '../../model/index.ts';
import type { PlanSummary, TableSummary } from '../../worker/tableProtocol.ts';
import { withRole, withType, type Role } from './choiceEdits.ts';
import { dataController } from './controller.ts';

/** Rows shown before "Show all columns": a table of pixels has hundreds. */
const FIRST_COLUMNS = 20;

const ROLE_LABELS = { feature: 'Feature', target: 'Target', ignore: 'Ignore' } as const satisfies Record<Role, string>;
const TYPE_LABELS = { numeric: 'Numeric', categorical: 'Categorical' } as const satisfies Record<ColumnType, string>;

const IGNORED_BECAUSE = {
  id: 'every value differs (an id)',
  empty: 'no values',
  'many-categories': 'too many categories',
} as const;

/**
 * Every column: its type and role (both editable: a change is planned by the worker, and recorded
 * in the model only when it fits), its missing cells and the inputs it takes.
 */
export function ColumnTable({ table, plan }: { table: TableSummary; plan: PlanSummary | null }) {
  const [all, setAll] = useState(false);
  const columns = all ? table.columns : table.columns.slice(0, FIRST_COLUMNS);
  const names = table.columns.map((column) => column.name);
  const planned = new Map(plan?.description.columns.map((column) => [column.name, column]));

  const setRole = (column: string, role: Role) => {
    const choice = plan ? withRole(plan.source, names, column, role) : role === 'target' ? { target: column } : null;
    if (choice) void dataController().choose(choice);
  };
  const setType = (column: string, type: ColumnType) => {
    if (plan) void dataController().choose(withType(plan.source, column, type));
  };

  return (
    <div className="column-table">
      <div className="table-scroll" role="region" aria-label="Columns" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Type</th>
              <th scope="col">Role</th>
              <th scope="col" className="data-table__number">
                Missing
              </th>
              <th scope="col" className="data-table__number">
                Inputs
              </th>
            </tr>
          </thead>
          <tbody>
            {columns.map((facts) => (
              <ColumnRow key={facts.name} facts={facts} planned={planned.get(facts.name)} onRole={setRole} onType={setType} />
            ))}
          </tbody>
        </table>
      </div>
      {table.columns.length > FIRST_COLUMNS && (
        <button type="button" className="link-button column-table__more" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST_COLUMNS} columns` : `Show all ${table.columns.length.toLocaleString('en-US')} columns`}
        </button>
      )}
    </div>
  );
}

interface ColumnRowProps {
  facts: TableSummary['columns'][number];
  planned: PlanSummary['description']['columns'][number] | undefined;
  onRole(column: string, role: Role): void;
  onType(column: string, type: ColumnType): void;
}

function ColumnRow({ facts, planned, onRole, onType }: ColumnRowProps) {
  const role: Role = planned?.role ?? 'ignore';
  const type: ColumnType = planned && planned.type !== 'ignored' ? planned.type : facts.type;
  const why = role === 'ignore' && facts.ignoredBecause ? IGNORED_BECAUSE[facts.ignoredBecause] : undefined;
  return (
    <tr className={`column-row column-row--${role}`}>
      <th scope="row" title={why ? `Left out: ${why}` : undefined}>
        {facts.name}
        {why && <span className="column-row__why"> ({why})</span>}
      </th>
      <td>
        <LabelledSelect label={`Type of ${facts.name}`} value={type} labels={TYPE_LABELS} disabled={role === 'ignore'} onChange={(value) => onType(facts.name, value)} />
      </td>
      <td>
        <LabelledSelect label={`Role of ${facts.name}`} value={role} labels={ROLE_LABELS} onChange={(value) => onRole(facts.name, value)} />
      </td>
      <td className="data-table__number">{facts.missing.toLocaleString('en-US')}</td>
      <td className="data-table__number">{planned?.width || '—'}</td>
    </tr>
  );
}

interface LabelledSelectProps<T extends string> {
  label: string;
  value: T;
  /** Every option, by value: what the list shows for it. */
  labels: Record<T, string>;
  disabled?: boolean;
  onChange(value: T): void;
}

/** A list of a few fixed options, named for assistive technology by `label`. */
function LabelledSelect<T extends string>({ label, value, labels, disabled = false, onChange }: LabelledSelectProps<T>) {
  return (
    <select aria-label={label} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as T)}>
      {(Object.entries(labels) as [T, string][]).map(([option, text]) => (
        <option key={option} value={option}>
          {text}
        </option>
      ))}
    </select>
  );
}
