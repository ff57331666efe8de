// Display preferences: theme, grid overlays, chart smoothing. Kept apart from the experiment (not in the URL).
import { create } from 'zustand';

export type Theme = 'light' | 'dark';

export interface GridOverlays {
  values: boolean;
  actionValues: boolean;
  policy: boolean;
  visits: boolean;
  numbers: boolean;
}

interface UiState {
  theme: Theme;
  overlays: GridOverlays;
  /** Moving-average window per chart id; absent means the chart's default. */
  smoothing: Record<string, number>;
  setTheme(theme: Theme): void;
  toggleOverlay(key: keyof GridOverlays): void;
  setSmoothing(chartId: string, window: number): void;
}

const preferredTheme = (): Theme =>
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

export const useUiStore = create<UiState>()((set) => ({
  theme: preferredTheme(),
  overlays: { values: true, actionValues: false, policy: true, visits: false, numbers: true },
  smoothing: {},
  setTheme: (theme) => set({ theme }),
  toggleOverlay: (key) => set((s) => ({ overlays: { ...s.overlays, [key]: !s.overlays[key] } })),
  setSmoothing: (chartId, window) => set((s) => ({ smoothing: { ...s.smoothing, [chartId]: window } })),
}));
