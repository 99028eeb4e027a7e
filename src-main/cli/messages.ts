/**
 * Everything the command line says to a person, in English and Arabic. The language follows
 * `--lang`, else the locale of the environment (LANG, LC_ALL, LC_MESSAGES).
 */
const en = {
  usage: `Qarin: search, compare and annotate Arabic reports, offline.

Usage: qarin <command> [options]

Commands:
  import PATH…            import files or folders (txt, md, html, TREC, docx, jsonl)
  search [QUERY]          search the project; with no QUERY, one query a line from standard input
  docs                    list the documents
  show DOCID              print a document's text (with --json: metadata and warnings)
  serve                   open the workbench in a browser (127.0.0.1 only, with a token)
  export --format md|csv|json|qdpx --out FILE [--by report|code] [--code NAME] [--doc DOCID]
                          export highlights, codes and notes (all, one code, one report)
  annotations import FILE.json
                          import W3C Web Annotations (a Qarin JSON export); all or nothing
  similar DOCID [--limit N]
                          the reports sharing most text with a report
  clusters [--min-similarity X] [--days N]
                          story clusters: reports of one story, near-duplicates included

Options:
  --project DIR           the project folder (default: the app's user-data folder)
  --json                  machine-readable output
  --limit N               number of search results (default 10)
  --max-file-mb N         import: skip files larger than N MB (default 50)
  --port N                serve: the port (default: a free one)
  --min-similarity X      clusters: least similarity (0 to 1) that links two reports (default 0.3)
  --days N                clusters: link only reports published within N days of each other
  --lang ar|en            language of messages
  --help                  this help`,
  unknownCommand: (name: string) => `Unknown command "${name}". Run "qarin --help".`,
  missingArgument: (what: string) => `Missing ${what}. Run "qarin --help".`,
  badNumber: (option: string, value: string) => `${option} needs a positive whole number, not "${value}".`,
  importSummary: (r: { added: number; updated: number; unchanged: number; duplicates: number; errors: number; warnings: number }) =>
    `Imported: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.duplicates} duplicates, ${r.errors} errors, ${r.warnings} with warnings.`,
  importCancelled: 'Import cancelled; what was read before is kept.',
  duplicateOf: (path: string, id: string) => `duplicate: ${path} (same text as ${id})`,
  errorLine: (path: string, reason: string) => `error: ${path}: ${reason}`,
  warningLine: (path: string, count: number) => `warning: ${path}: ${count} integrity warning(s)`,
  noResults: 'No results.',
  partialResults: 'No document has every word; best partial matches:',
  resultCount: (total: number) => `${total} result(s)`,
  documentCount: (total: number) => `${total} document(s)`,
  serving: (url: string) => `Qarin is served at ${url}\nPress Ctrl+C to stop.`,
  interfaceNotBuilt: (dir: string) => `The interface is not built (${dir} is missing). Run "npm run build" first.`,
  progress: (done: number, total: number) => `${done}/${total} files`,
  language: 'en',
  badChoice: (option: string, value: string, choices: string) => `${option} takes ${choices}, not "${value}".`,
  unknownSubcommand: (command: string, name: string) => `Unknown "${command}" subcommand "${name}". Run "qarin --help".`,
  unknownCode: (name: string) => `No code named "${name}" in this project's codebook.`,
  ambiguousCode: (name: string, paths: string) => `Several codes are named "${name}" (${paths}); give the path, e.g. "parent/child".`,
  cannotRead: (path: string, reason: string) => `Cannot read ${path}: ${reason}`,
  cannotWrite: (path: string, reason: string) => `Cannot write ${path}: ${reason}`,
  exported: (count: number, path: string) => `Exported ${count} highlight(s) to ${path}.`,
  annotationsImported: (r: { exact: number; fuzzy: number; orphans: number; unchanged: number; updated: number; codesCreated: number }) =>
    `Imported annotations: ${r.exact} anchored exactly, ${r.fuzzy} fuzzily, ${r.orphans} orphan(s) to re-attach; ${r.unchanged} unchanged, ${r.updated} updated, ${r.codesCreated} new code(s).`,
  badShare: (option: string, value: string) => `${option} needs a number from 0 to 1, not "${value}".`,
  noSimilar: 'No similar reports.',
  noClusters: 'No story clusters.',
  similarHeading: (title: string) => `Reports similar to «${title}»:`,
  similarLine: (share: string, passages: number) => `similarity ${share} · ${passages} shared passage(s)`,
  clusterLine: (size: number, span: string) => `${size} reports${span ? ` · ${span}` : ''}`,
} as const;

type Messages = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };

const ar: Messages = {
  usage: `قارِن: ابحث في التقارير العربية وقارنها وعلّق عليها دون اتصال.

الاستعمال: qarin <الأمر> [الخيارات]

الأوامر:
  import PATH…            استيراد ملفات أو مجلدات (txt وmd وhtml وTREC وdocx وjsonl)
  search [QUERY]          البحث في المشروع؛ دون استعلام: استعلام في كل سطر من الدخل القياسي
  docs                    عرض الوثائق
  show DOCID              طباعة نص وثيقة (مع ‎--json: البيانات الوصفية والتنبيهات)
  serve                   فتح منضدة العمل في المتصفح (‎127.0.0.1 فقط، مع رمز دخول)
  export --format md|csv|json|qdpx --out FILE [--by report|code] [--code NAME] [--doc DOCID]
                          تصدير المقتطفات والرموز والملاحظات (الكل، أو رمز، أو تقرير)
  annotations import FILE.json
                          استيراد تعليقات W3C ‏(ملف JSON صدّره قارِن)؛ كله أو لا شيء
  similar DOCID [--limit N]
                          التقارير التي تشارك تقريرًا أكثر نصه
  clusters [--min-similarity X] [--days N]
                          عناقيد القصص: تقارير القصة الواحدة، ومنها النسخ شبه المطابقة

الخيارات:
  --project DIR           مجلد المشروع (الافتراضي: مجلد بيانات التطبيق)
  --json                  مخرجات تقرؤها البرامج
  --limit N               عدد نتائج البحث (الافتراضي 10)
  --max-file-mb N         الاستيراد: تجاوز الملفات الأكبر من N ميغابايت (الافتراضي 50)
  --port N                serve: المنفذ (الافتراضي: منفذ حر)
  --min-similarity X      clusters: أدنى تشابه (من 0 إلى 1) يربط تقريرين (الافتراضي 0.3)
  --days N                clusters: لا يُربط إلا ما نُشر في حدود N يومًا
  --lang ar|en            لغة الرسائل
  --help                  هذه المساعدة`,
  unknownCommand: (name) => `أمر غير معروف «${name}». نفّذ «qarin --help».`,
  missingArgument: (what) => `ينقص ${what}. نفّذ «qarin --help».`,
  badNumber: (option, value) => `يحتاج ${option} إلى عدد صحيح موجب، لا «${value}».`,
  importSummary: (r) =>
    `الاستيراد: أضيف ${r.added}، حُدّث ${r.updated}، بلا تغيير ${r.unchanged}، مكرر ${r.duplicates}، أخطاء ${r.errors}، بتنبيهات ${r.warnings}.`,
  importCancelled: 'أُلغي الاستيراد؛ وما قُرئ قبل ذلك محفوظ.',
  duplicateOf: (path, id) => `مكرر: ${path} (النص نفسه في ${id})`,
  errorLine: (path, reason) => `خطأ: ${path}: ${reason}`,
  warningLine: (path, count) => `تنبيه: ${path}: ${count} من تنبيهات السلامة`,
  noResults: 'لا نتائج.',
  partialResults: 'لا وثيقة تحوي كل الكلمات؛ أقرب النتائج:',
  resultCount: (total) => `${total} نتيجة`,
  documentCount: (total) => `${total} وثيقة`,
  serving: (url) => `قارِن متاح على ${url}\nاضغط Ctrl+C للإيقاف.`,
  interfaceNotBuilt: (dir) => `الواجهة غير مبنية (‎${dir} غير موجود). نفّذ «npm run build» أولًا.`,
  progress: (done, total) => `${done}/${total} ملف`,
  language: 'ar',
  badChoice: (option, value, choices) => `يأخذ ${option} أحد ${choices}، لا «${value}».`,
  unknownSubcommand: (command, name) => `أمر فرعي غير معروف لـ«${command}»: «${name}». نفّذ «qarin --help».`,
  unknownCode: (name) => `لا رمز باسم «${name}» في دليل رموز هذا المشروع.`,
  ambiguousCode: (name, paths) => `أكثر من رمز باسم «${name}» (${paths})؛ اكتب المسار، مثل «الأصل/الفرع».`,
  cannotRead: (path, reason) => `تعذّرت قراءة ${path}: ${reason}`,
  cannotWrite: (path, reason) => `تعذّرت كتابة ${path}: ${reason}`,
  exported: (count, path) => `صُدّر ${count} من المقتطفات إلى ${path}.`,
  annotationsImported: (r) =>
    `استُوردت التعليقات: ${r.exact} ثُبّتت بدقة، ${r.fuzzy} بالتقريب، ${r.orphans} يتيمة تنتظر إعادة الربط؛ ${r.unchanged} بلا تغيير، ${r.updated} حُدّثت، ${r.codesCreated} رموز جديدة.`,
  badShare: (option, value) => `يحتاج ${option} إلى عدد من 0 إلى 1، لا «${value}».`,
  noSimilar: 'لا تقارير مشابهة.',
  noClusters: 'لا عناقيد قصص.',
  similarHeading: (title) => `تقارير مشابهة لـ«${title}»:`,
  similarLine: (share, passages) => `التشابه ${share} · ${passages} من المقاطع المشتركة`,
  clusterLine: (size, span) => `${size} تقارير${span ? ` · ${span}` : ''}`,
};

export type CliMessages = Messages;

/**
 * Said in both languages at once, for errors a script may log and a person of either language may
 * read: the line names the id either way.
 */
export function unknownDocumentLine(id: string): string {
  return `No document with id "${id}" in this project. / لا وثيقة بالمعرّف «${id}» في هذا المشروع.`;
}

export function messagesFor(language: 'ar' | 'en'): CliMessages {
  return language === 'ar' ? ar : en;
}

export function languageFromEnvironment(env: NodeJS.ProcessEnv): 'ar' | 'en' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}
