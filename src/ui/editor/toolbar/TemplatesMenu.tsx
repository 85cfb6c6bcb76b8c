import { TEMPLATES } from '../../../model/index.ts';
import { loadTemplate } from '../../store/index.ts';
import { MenuButton } from './MenuButton.tsx';

const ITEMS = TEMPLATES.map((template) => ({ label: template.label, onSelect: () => loadTemplate(template.id) }));

export function TemplatesMenu() {
  return <MenuButton label="Templates" items={ITEMS} />;
}
