import { MenuButton } from './MenuButton.tsx';
import { TEMPLATE_ITEMS } from './toolbarItems.ts';

export function TemplatesMenu() {
  return <MenuButton label="Templates" items={TEMPLATE_ITEMS} className="toolbar__wide-only" />;
}
