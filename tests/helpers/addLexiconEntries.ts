// A second Qarin process writing lexicon entries: `node --import tsx addLexiconEntries.ts PROJECT PREFIX COUNT`
// adds COUNT given names PREFIX1…PREFIXn to PROJECT's additions.tsv, one `compare.lexicons.add` at a time.
// It says "ready" once loaded and starts on a line from standard input, so that two writers overlap.
import { once } from 'node:events';
import { UserLexicons } from '../../src-main/services/compare/userLexicons';
import { ProjectWriterLock } from '../../src-main/services/persistence/ProjectWriterLock';
import { projectLayout } from '../../src-main/services/project/projectLayout';

const [projectDir, prefix, count] = process.argv.slice(2);
if (!projectDir || !prefix || !count) throw new Error('usage: addLexiconEntries.ts PROJECT PREFIX COUNT');
const layout = projectLayout(projectDir);
const lexicons = new UserLexicons(layout.lexicons, new ProjectWriterLock(layout.lock));
process.stdout.write('ready\n');
await once(process.stdin, 'data');
for (let index = 1; index <= Number(count); index++) {
  await lexicons.add({ kind: 'given-name', text: `${prefix}${index}` });
}
