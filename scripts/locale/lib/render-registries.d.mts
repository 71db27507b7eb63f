import type { LocalesConfig } from './locale-status.mjs';
export function renderRegistries(config: LocalesConfig): {
  main: string;
  pseudo: string;
  shipped: string[];
  inProgress: string[];
  pseudoCodes: string[];
};
