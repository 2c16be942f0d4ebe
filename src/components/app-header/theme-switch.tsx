import { Segmented } from '@/components/segmented/segmented';
import { themes, type Theme } from '@/store/view-url';
import { useTheme, useViewActions } from '@/store/view-store';

const labels: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Light, dark, or follow the system. */
export function ThemeSwitch() {
  const theme = useTheme();
  const { themeChanged } = useViewActions();
  return (
    <Segmented
      label="Theme"
      options={themes.map((value) => ({ value, label: labels[value] }))}
      value={theme}
      onChange={themeChanged}
    />
  );
}
