import { useModel } from '../../store/index.ts';
import { MenuButton } from './MenuButton.tsx';
import { exportItems } from './toolbarItems.ts';

export function ExportMenu() {
  return <MenuButton label="Export" items={exportItems(useModel())} className="toolbar__wide-only" />;
}
