import { join } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Same root, entry and output as the product's electron-vite renderer build; used only when that config is absent. */
const root = join(import.meta.dirname, '..', '..', '..');
export default defineConfig({
  root: join(root, 'src-renderer'),
  base: './',
  plugins: [react()],
  build: { outDir: join(root, 'out', 'renderer'), emptyOutDir: true },
});
