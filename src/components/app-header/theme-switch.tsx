import { Theme } from '@/store/view-url';
import { useTheme, useViewActions } from '@/store/view-store';

const labels: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Light, dark, or follow the system. */
export function ThemeSwitch() {
  const theme = useTheme();
  const { themeChanged } = useViewActions();
  return (
    <fieldset className="segmented" aria-label="Theme">
      {Theme.options.map((option) => (
        <label key={option} className="segmented__option">
          <input
            type="radio"
            name="theme"
            value={option}
            checked={theme === option}
            onChange={() => themeChanged(option)}
          />
          <span>{labels[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
