import { fileURLToPath } from 'node:url';

/** The bundled first-run corpus: five reports of the same Libyan military meetings. */
export const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url));

export const seedIds = {
  '000': '000_06f512fe5b46b25a.txt',
  '001': '001_f5d3861595008391.txt',
  '002': '002_3472d11f30aee933.txt',
  '003': '003_d417cf314fa3dcc6.txt',
  '004': '004_2fe33e5567d9855b.txt',
} as const;
