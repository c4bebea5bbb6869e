import { cssVariables, THEMES, type ThemeName } from '../draw/look';

/** Writes the look's CSS custom properties (`--sm-*`) on `root`, so the stylesheets never retype a value. */
export function applyLook(root: HTMLElement, theme: ThemeName = 'screen'): void {
  for (const [name, value] of Object.entries(cssVariables(THEMES[theme]))) root.style.setProperty(name, value);
}
