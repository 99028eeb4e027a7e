import { invoke } from '../../../src-main/api/dispatch';
import type { AnnotatedProject } from './annotatedProject';

export const PASSAGES = {
  haftar: 'الفريق أول خالد خليفة حفتر',
  borders: 'يركز على تأمين الحدود الليبية ضد الظواهر الخطرة مثل الهجرة غير الشرعية',
  removed: 'يؤكد المشاركون أن هذا النهج سيساهم في حماية السيادة الوطنية',
  haddad: 'محمد الحداد',
} as const;

/**
 * A small annotated project: a nested codebook, highlights in two reports (one with two codes,
 * one uncoded with a Markdown note), a memo linking two reports and a report note.
 */
export async function annotateSamples(project: AnnotatedProject) {
  const { handlers } = project.workbench;
  const doc0 = project.docIds['000'];
  const doc2 = project.docIds['002'];
  const actors = await invoke(handlers, 'codes.create', { name: 'فاعلون', description: 'من يظهر في التقارير' });
  const titles = await invoke(handlers, 'codes.create', { name: 'ألقاب عسكرية', parentId: actors.id });
  const security = await invoke(handlers, 'codes.create', { name: 'Security' });
  const create = async (docId: string, passage: string, codeIds: string[], note = '') =>
    invoke(handlers, 'annotations.create', { docId, ...(await project.rangeOf(docId, passage)), codeIds, note });
  const haftar = await create(
    doc0,
    PASSAGES.haftar,
    [titles.id, actors.id],
    'لقب **الفريق أول** هنا، و«اللواء» في تقرير آخر.',
  );
  const borders = await create(doc0, PASSAGES.borders, [security.id]);
  const removed = await create(doc0, PASSAGES.removed, []);
  const haddad = await create(doc2, PASSAGES.haddad, [actors.id], 'Chief of staff, western region');
  await invoke(handlers, 'memos.save', {
    title: 'الألقاب بين التقارير',
    body: 'قارن بين الألقاب.',
    highlightIds: [haftar.id, haddad.id],
  });
  await invoke(handlers, 'notes.set', { docId: doc0, body: 'تقرير فيه **كلمة مشوهة**.' });
  return { codes: { actors, titles, security }, highlights: { haftar, borders, removed, haddad } };
}
