import { useModel } from '../../store/index.ts';
import { MenuButton, type MenuItem } from './MenuButton.tsx';
import { ACTIVATION_ITEMS, exportItems, startNewGraph, TEMPLATE_ITEMS, tidy } from './toolbarItems.ts';

const prefixed = (prefix: string, items: readonly MenuItem[]) => items.map((item) => ({ ...item, label: `${prefix}: ${item.label}` }));

/** In a narrow window, every toolbar action the row has no room for, in one menu. */
export function CompactMenu({ onImport, onShareLink }: { onImport: () => void; onShareLink: () => void }) {
  const items: MenuItem[] = [
    { label: 'New graph', onSelect: startNewGraph },
    ...prefixed('Template', TEMPLATE_ITEMS),
    { label: 'Tidy layout', onSelect: tidy },
    ...prefixed('Set activations', ACTIVATION_ITEMS),
    { label: 'Import…', onSelect: onImport },
    ...prefixed('Export', exportItems(useModel())),
    { label: 'Share link…', onSelect: onShareLink },
  ];
  return <MenuButton label="Menu" items={items} className="toolbar__narrow-only menu--end" />;
}
