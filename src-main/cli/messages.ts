import { queryNoticeText } from '../../src-shared/queryNoticeText';
import { arabicCount } from '../../src-shared/arabicCount';
import { formatNumber } from '../../src-shared/formatNumber';
import { warningKindText, type IntegrityWarningKind } from '../../src-shared/warningKindText';

const arabicResults = (count: number) =>
  arabicCount(count, { zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة' });

const englishCount = (count: number, one: string, many: string) =>
  `${formatNumber(count, 'en')} ${count === 1 ? one : many}`;

/**
 * Each kind once, by the name the workbench gives it, in the order first met, with how many times
 * it occurs when more than once.
 */
function kindsNamed(
  kinds: readonly IntegrityWarningKind[],
  name: (kind: IntegrityWarningKind) => string,
  separator: string,
): string {
  const counts = new Map<IntegrityWarningKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => (count > 1 ? `${name(kind)} ×${count}` : name(kind))).join(separator);
}

/**
 * Everything the command line says to a person, in English and Arabic. The language follows
 * `--lang`, else the locale of the environment (LANG, LC_ALL, LC_MESSAGES).
 */
interface ProjectImportCounts {
  reportsAdded: number;
  reportsKnown: number;
  highlights: number;
  codesCreated: number;
  memos: number;
  documentNotes: number;
}

const en = {
  usage: `Qarin: search, compare and annotate Arabic reports, offline.

Usage: qarin <command> [options]

Commands:
  import PATH…            import files or folders (txt, md, html, TREC, docx, jsonl)
  search [QUERY]          search the project; with no QUERY, one query a line from standard input
  docs                    list the documents
  show DOCID              print a document's text (with --json: metadata and warnings)
  compare DOCID DOCID [DOCID DOCID]
                          compare 2 to 4 reports (aligned sentences, shared passages, differences)
  serve                   open the workbench in a browser (127.0.0.1 only, with a token)
  export --format md|csv|xlsx|json|qdpx --out FILE [--by report|code] [--code NAME] [--doc DOCID]
                          export highlights, codes and notes (all, one code, one report)
  report --format html|pdf|docx --out FILE [--annotations by-report|by-code]
         [--compare DOCID,DOCID…] [--codebook] [--memos] [--title TEXT] [--chromium PATH]
                          a report for readers without Qarin: annotated passages, a
                          comparison, the codebook and memos, with the reports cited; in the
                          language of --lang. PDF is printed by Chromium or Chrome (found on
                          the machine, or named by --chromium or QARIN_CHROMIUM)
  annotations import FILE.json
                          import W3C Web Annotations (a Qarin JSON export); all or nothing
  restore [library|annotations [BACKUP]]
                          list the backups of the project's files, or restore one (the newest
                          that opens, unless BACKUP names another)
  similar DOCID [--limit N]
                          the reports sharing most text with a report
  clusters [--min-similarity X] [--days N]
                          story clusters: reports of one story, near-duplicates included
  import-project FILE.qdpx
                          import a REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder, Qarin):
                          its text sources, codes, highlights, notes and memos; all or nothing
  lexicon [list | add KIND FIELD… | remove KIND NAME]
                          the project's additions to the facts table's titles, places and
                          framing sets (KIND: title, place, framing, given-name, speech-verb;
                          FIELDs as in a line of lexicons/*.tsv, see the README)

Options:
  --project DIR           the project folder (default: the app's user-data folder)
  --json                  machine-readable output
  --limit N               number of search results (default 10, at most 1000)
  --max-file-mb N         import: skip files larger than N MB (default 50)
  --port N                serve: the port (default: a free one)
  --seeds DIR             serve: a new project starts with the reports in DIR
  --allow-import-from DIR serve: let the page import typed paths under DIR (repeatable);
                          otherwise it imports only the files it uploads
  --min-similarity X      clusters: least similarity (0 to 1) that links two reports (default 0.3)
  --days N                clusters: link only reports published within N days of each other
  --lang ar|en            language of messages
  --help                  this help`,
  unknownCommand: (name: string) => `Unknown command "${name}". Run "qarin --help".`,
  backupsOf: (file: string, count: number) => `${file}: ${englishCount(count, 'backup', 'backups')}`,
  backupLine: (name: string, takenAt: string, problem: string | null) =>
    `  ${name}  ${takenAt}  ${problem === null ? 'opens' : `damaged: ${problem}`}`,
  restoreTargetUnknown: (what: string) => `Nothing called "${what}" to restore: name library or annotations.`,
  noGoodBackup: (file: string) => `${file} has no backup that opens; nothing was changed.`,
  restored: (file: string, name: string, setAside: string | null) =>
    `${file} restored from ${name}.${setAside === null ? '' : ` The file it replaced is kept as ${setAside}.`}`,
  restoreHint: (file: string) =>
    `Its backups are listed by "qarin restore"; "qarin restore ${file}" puts back the newest one that opens.`,
  missingArgument: (what: string) => `Missing ${what}. Run "qarin --help".`,
  badNumber: (option: string, value: string) => `${option} needs a positive whole number, not "${value}".`,
  numberTooLarge: (option: string, value: number, max: number) => `${option} takes at most ${max}, not ${value}.`,
  unknownOption: (option: string) => `Unknown option ${option}. Run "qarin --help".`,
  extraArgument: (command: string, word: string) => `"${command}" does not take "${word}". Run "qarin --help".`,
  noProject: (dir: string) =>
    `No project at ${dir}: the folder does not exist. Give the project with --project DIR, or make one with "qarin import PATH --project DIR".`,
  notAProject: (dir: string) =>
    `No project at ${dir}: the folder holds no Qarin project. Give the project with --project DIR, or make one with "qarin import PATH --project DIR".`,
  projectIsAFile: (dir: string) =>
    `${dir} is a file, not a project folder. Give the project's folder with --project DIR.`,
  optionNeedsValue: (option: string) => `${option} needs a value. Run "qarin --help".`,
  optionTakesNoValue: (option: string) => `${option} takes no value. Run "qarin --help".`,
  importSummary: (r: {
    added: number;
    updated: number;
    unchanged: number;
    duplicates: number;
    errors: number;
    warnings: number;
  }) =>
    `Imported: ${formatNumber(r.added, 'en')} added, ${formatNumber(r.updated, 'en')} updated, ${formatNumber(r.unchanged, 'en')} unchanged, ${englishCount(r.duplicates, 'duplicate', 'duplicates')}, ${englishCount(r.errors, 'error', 'errors')}, ${formatNumber(r.warnings, 'en')} with warnings.`,
  importCancelled: 'Import cancelled; what was read before is kept.',
  duplicateOf: (path: string, id: string) => `duplicate: ${path} (same text as ${id})`,
  errorLine: (path: string, reason: string) => `error: ${path}: ${reason}`,
  warningLine: (path: string, kinds: readonly IntegrityWarningKind[]) =>
    `warning: ${path}: ${englishCount(kinds.length, 'integrity warning', 'integrity warnings')} (${kindsNamed(kinds, (kind) => warningKindText.en[kind].name.toLowerCase(), ', ')})`,
  noResults: 'No results.',
  partialResults: 'No document has every word; best partial matches:',
  ...queryNoticeText.en,
  resultCount: (total: number) => englishCount(total, 'result', 'results'),
  /** The results, and how many of them hold the words as typed where readings added the others. */
  resultCountTyped: (total: number, typed: number) =>
    `${englishCount(total, 'result', 'results')}, ${formatNumber(typed, 'en')} with the words as typed`,
  documentCount: (total: number) => englishCount(total, 'document', 'documents'),
  serving: (url: string) => `Qarin is served at ${url}\nPress Ctrl+C to stop.`,
  interfaceNotBuilt: (dir: string) => `The interface is not built (${dir} is missing). Run "npm run build" first.`,
  progress: (done: number, total: number) => `${done}/${total} files`,
  /** The language of these messages, to pick from a reason given in both. */
  language: 'en' as const,
  badChoice: (option: string, value: string, choices: string) => `${option} takes ${choices}, not "${value}".`,
  unknownSubcommand: (command: string, name: string) =>
    `Unknown "${command}" subcommand "${name}". Run "qarin --help".`,
  unknownCode: (name: string) => `No code named "${name}" in this project's codebook.`,
  ambiguousCode: (name: string, paths: string) =>
    `Several codes are named "${name}" (${paths}); give the path, e.g. "parent/child".`,
  cannotRead: (path: string, reason: string) => `Cannot read ${path}: ${reason}`,
  cannotWrite: (path: string, reason: string) => `Cannot write ${path}: ${reason}`,
  folderMissing: (dir: string) => `the folder ${dir} does not exist`,
  notAFolder: (option: string, path: string) => `${option} ${path}: no such folder.`,
  cannotUseProject: (reason: string) => `The project cannot be opened or written (${reason}).`,
  exported: (count: number, path: string) => `Exported ${englishCount(count, 'highlight', 'highlights')} to ${path}.`,
  reportWritten: (format: string, path: string) => `Wrote the ${format.toUpperCase()} report to ${path}.`,
  reportNeedsContent:
    'Choose what the report holds: --annotations by-report|by-code, --compare DOCID,DOCID, --codebook or --memos.',
  annotationsImported: (r: {
    exact: number;
    fuzzy: number;
    orphans: number;
    unchanged: number;
    updated: number;
    codesCreated: number;
    skipped: { docId: string; quote: string }[];
  }) =>
    `Imported annotations: ${r.exact} anchored exactly, ${r.fuzzy} fuzzily, ${englishCount(r.orphans, 'orphan', 'orphans')} to re-attach; ${r.unchanged} unchanged, ${r.updated} updated, ${englishCount(r.codesCreated, 'new code', 'new codes')}.` +
    (r.skipped.length === 0
      ? ''
      : `\nNot imported, ${englishCount(r.skipped.length, 'highlight', 'highlights')} whose report this project does not have: ` +
        r.skipped.map((entry) => `${entry.docId} «${entry.quote}»`).join('; ')),
  compareCount: (count: number) => `Compare takes 2 to 4 different reports, not ${count}. Run "qarin --help".`,
  compareRepeated: (id: string) => `Report "${id}" is given twice; compare 2 to 4 different reports.`,
  unknownDocument: (id: string) => `No document with id "${id}". Run "qarin docs" for the ids.`,
  compareSummary: (r: CompareSummary) =>
    [
      `Compared ${r.documents.length} reports; base: ${r.baseId}`,
      ...r.documents.map(
        (d) => `  ${d.id}  ${d.title}: ${d.sentences} sentences, ${d.aligned} aligned, ${d.unique} unique`,
      ),
      `Aligned groups: ${r.groups} (${r.moved} moved)`,
      `Shared passages: ${r.passages} (${r.passageWords} words)`,
      `Word differences: ${r.differences.insert} inserted, ${r.differences.delete} deleted, ${r.differences.substitute} substituted, ${r.differences.minor} spelling only`,
      `Facts: ${r.facts} rows (${r.disagreements} where reports differ or are silent)`,
    ].join('\n'),
  passageLine: (words: number, reports: number, first: string | undefined, excerpt: string) =>
    `  ${words} words in ${reports} reports${first ? `, first in ${first}` : ''}: ${excerpt}`,
  badShare: (option: string, value: string) => `${option} needs a number from 0 to 1, not "${value}".`,
  noSimilar: 'No similar reports.',
  noClusters: 'No story clusters.',
  similarHeading: (title: string) => `Reports similar to «${title}»:`,
  similarLine: (share: string, passages: number) =>
    `similarity ${share} · ${englishCount(passages, 'shared passage', 'shared passages')}`,
  clusterLine: (size: number, span: string) => `${size} reports${span ? ` · ${span}` : ''}`,
  projectImported: (r: ProjectImportCounts) =>
    `Imported the project: ${englishCount(r.reportsAdded, 'new report', 'new reports')} (${r.reportsKnown} already here), ` +
    `${englishCount(r.highlights, 'highlight', 'highlights')}, ${englishCount(r.codesCreated, 'new code', 'new codes')}, ` +
    `${englishCount(r.memos, 'memo', 'memos')}, ${englishCount(r.documentNotes, 'report note', 'report notes')}.`,
  lexiconUnknownAction: (action: string) => `Unknown lexicon action "${action}": use list, add or remove.`,
  lexiconUnknownKind: (kind: string) =>
    `Unknown kind of entry "${kind}": use title, place, framing, given-name or speech-verb.`,
  lexiconHeading: (folder: string, count: number) =>
    `${englishCount(count, 'addition', 'additions')} to the facts lexicons in ${folder}`,
  gazetteerCredit: (attribution: string) => `Bundled gazetteer: ${attribution}`,
  skippedSource: (name: string) => `skipped: "${name}" is not a text source (Qarin holds text only)`,
  lineEndReading: (source: string, asTwo: boolean) =>
    `"${source}": Windows line ends counted as ${asTwo ? 'two positions' : 'one position'}, as its selections show`,
} as const;

/** The figures `qarin compare` prints without --json. */
export interface CompareSummary {
  baseId: string;
  documents: { id: string; title: string; sentences: number; aligned: number; unique: number }[];
  groups: number;
  moved: number;
  passages: number;
  passageWords: number;
  differences: Record<'insert' | 'delete' | 'substitute' | 'minor', number>;
  facts: number;
  disagreements: number;
}

/** The English messages' shape with each text widened to any string, and the language to either. */
type Messages = {
  [K in keyof typeof en]: K extends 'language' ? 'ar' | 'en' : (typeof en)[K] extends string ? string : (typeof en)[K];
};

const ar: Messages = {
  usage: `قارِن: ابحث في التقارير العربية وقارنها وعلّق عليها دون اتصال.

الاستعمال: qarin <الأمر> [الخيارات]

الأوامر:
  import PATH…            استيراد ملفات أو مجلدات (txt وmd وhtml وTREC وdocx وjsonl)
  search [QUERY]          البحث في المشروع؛ دون استعلام: استعلام في كل سطر من الدخل القياسي
  docs                    عرض الوثائق
  show DOCID              طباعة نص وثيقة (مع ‎--json: البيانات الوصفية والتنبيهات)
  compare DOCID DOCID [DOCID DOCID]
                          مقارنة تقريرين إلى أربعة (الجمل المتقابلة، المقاطع المشتركة، الفروق)
  serve                   فتح منضدة العمل في المتصفح (‎127.0.0.1 فقط، مع رمز دخول)
  export --format md|csv|xlsx|json|qdpx --out FILE [--by report|code] [--code NAME] [--doc DOCID]
                          تصدير المقتطفات والرموز والملاحظات (الكل، أو رمز، أو تقرير)
  report --format html|pdf|docx --out FILE [--annotations by-report|by-code]
         [--compare DOCID,DOCID…] [--codebook] [--memos] [--title TEXT] [--chromium PATH]
                          تقرير لقرّاء لا يستعملون قارِن: المقاطع المعلَّمة ومقارنة ودليل
                          الرموز والمذكرات، مع التقارير المستشهد بها؛ بلغة ‎--lang. يطبع
                          ملف PDF متصفح Chromium أو Chrome (الموجود على الجهاز، أو المسمّى
                          بالخيار ‎--chromium أو بالمتغير QARIN_CHROMIUM)
  annotations import FILE.json
                          استيراد تعليقات W3C ‏(ملف JSON صدّره قارِن)؛ كله أو لا شيء
  restore [library|annotations [BACKUP]]
                          عرض النسخ الاحتياطية لملفات المشروع، أو استعادة إحداها (أحدث نسخة
                          سليمة، ما لم يُسمِّ BACKUP غيرها)
  similar DOCID [--limit N]
                          التقارير التي تشارك تقريرًا أكثر نصه
  clusters [--min-similarity X] [--days N]
                          عناقيد القصص: تقارير القصة الواحدة، ومنها النسخ شبه المطابقة
  import-project FILE.qdpx
                          استيراد مشروع REFI-QDA ‏(NVivo وATLAS.ti وMAXQDA وQualCoder وقارِن):
                          مصادره النصية ورموزه ومقتطفاته وملاحظاته ومذكراته؛ كله أو لا شيء
  lexicon [list | add KIND FIELD… | remove KIND NAME]
                          إضافات المشروع إلى ألقاب جدول الوقائع وأماكنه ومجموعات الصياغة
                          (KIND: ‏title أو place أو framing أو given-name أو speech-verb؛
                          والحقول كما في سطر من lexicons/*.tsv، انظر README)

الخيارات:
  --project DIR           مجلد المشروع (الافتراضي: مجلد بيانات التطبيق)
  --json                  مخرجات تقرؤها البرامج
  --limit N               عدد نتائج البحث (الافتراضي 10، و1000 على الأكثر)
  --max-file-mb N         الاستيراد: تجاوز الملفات الأكبر من N ميغابايت (الافتراضي 50)
  --port N                serve: المنفذ (الافتراضي: منفذ حر)
  --seeds DIR             serve: يبدأ المشروع الجديد بالتقارير التي في DIR
  --allow-import-from DIR serve: السماح للصفحة باستيراد مسارات مكتوبة داخل DIR (يتكرر)؛
                          وإلا فلا تستورد إلا ما ترفعه من ملفات
  --min-similarity X      clusters: أدنى تشابه (من 0 إلى 1) يربط تقريرين (الافتراضي 0.3)
  --days N                clusters: لا يُربط إلا ما نُشر في حدود N يومًا
  --lang ar|en            لغة الرسائل
  --help                  هذه المساعدة`,
  unknownCommand: (name) => `أمر غير معروف «${name}». نفّذ «qarin --help».`,
  backupsOf: (file, count) =>
    `${file}: ${arabicCount(count, { zero: 'لا نسخ احتياطية', one: 'نسخة احتياطية واحدة', two: 'نسختان احتياطيتان', few: 'نسخ احتياطية', many: 'نسخة احتياطية' })}`,
  backupLine: (name, takenAt, problem) => `  ${name}  ${takenAt}  ${problem === null ? 'سليمة' : `تالفة: ${problem}`}`,
  restoreTargetUnknown: (what) => `لا شيء باسم «${what}» يُستعاد: اختر library أو annotations.`,
  noGoodBackup: (file) => `لا نسخة احتياطية سليمة من ${file}؛ لم يتغير شيء.`,
  restored: (file, name, setAside) =>
    `استُعيد ${file} من ${name}.${setAside === null ? '' : ` وحُفظ الملف الذي حلّت محله باسم ${setAside}.`}`,
  restoreHint: (file) => `يعرض «qarin restore» نسخه الاحتياطية، ويعيد «qarin restore ${file}» أحدث نسخة سليمة منها.`,
  missingArgument: (what) => `ينقص ${what}. نفّذ «qarin --help».`,
  badNumber: (option, value) => `يحتاج ${option} إلى عدد صحيح موجب، لا «${value}».`,
  numberTooLarge: (option, value, max) => `يأخذ ${option} ${max} على الأكثر، لا ${value}.`,
  unknownOption: (option) => `خيار غير معروف: ${option}. نفّذ «qarin --help».`,
  extraArgument: (command, word) => `لا يأخذ «${command}» الكلمة «${word}». نفّذ «qarin --help».`,
  noProject: (dir) =>
    `لا مشروع في ${dir}: المجلد غير موجود. حدّد المشروع بـ--project DIR، أو أنشئ واحدًا بـ«qarin import PATH --project DIR».`,
  notAProject: (dir) =>
    `لا مشروع في ${dir}: لا يحوي المجلد مشروعًا لقارن. حدّد المشروع بـ--project DIR، أو أنشئ واحدًا بـ«qarin import PATH --project DIR».`,
  projectIsAFile: (dir) => `${dir} ملف لا مجلد مشروع. حدّد مجلد المشروع بـ--project DIR.`,
  optionNeedsValue: (option) => `يحتاج ${option} إلى قيمة. نفّذ «qarin --help».`,
  optionTakesNoValue: (option) => `لا يأخذ ${option} قيمة. نفّذ «qarin --help».`,
  importSummary: (r) =>
    `الاستيراد: أضيف ${formatNumber(r.added, 'ar')}، حُدّث ${formatNumber(r.updated, 'ar')}، بلا تغيير ${formatNumber(r.unchanged, 'ar')}، مكرر ${formatNumber(r.duplicates, 'ar')}، أخطاء ${formatNumber(r.errors, 'ar')}، بتنبيهات ${formatNumber(r.warnings, 'ar')}.`,
  importCancelled: 'أُلغي الاستيراد؛ وما قُرئ قبل ذلك محفوظ.',
  duplicateOf: (path, id) => `مكرر: ${path} (النص نفسه في ${id})`,
  errorLine: (path, reason) => `خطأ: ${path}: ${reason}`,
  warningLine: (path, kinds) =>
    `تنبيه: ${path}: عيوب في النص (${kindsNamed(kinds, (kind) => warningKindText.ar[kind].name, '، ')})`,
  noResults: 'لا نتائج.',
  partialResults: 'لا وثيقة تحوي كل الكلمات؛ أقرب النتائج:',
  ...queryNoticeText.ar,
  resultCount: arabicResults,
  resultCountTyped: (total, typed) => {
    // Of two results, the dual: «واحدة منهما».
    const of = total === 2 ? 'منهما' : 'منها';
    return `${arabicResults(total)}، ${arabicCount(typed, { zero: `لا شيء ${of}`, one: `واحدة ${of}`, two: `اثنتان ${of}`, few: of, many: of })} بالكلمات كما كُتبت`;
  },
  documentCount: (total) =>
    arabicCount(total, { zero: 'لا وثائق', one: 'وثيقة واحدة', two: 'وثيقتان', few: 'وثائق', many: 'وثيقة' }),
  serving: (url) => `قارِن متاح على ${url}\nاضغط Ctrl+C للإيقاف.`,
  interfaceNotBuilt: (dir) => `الواجهة غير مبنية (${dir} غير موجود). نفّذ «npm run build» أولًا.`,
  progress: (done, total) => `${done}/${total} ملف`,
  language: 'ar',
  badChoice: (option, value, choices) => `يأخذ ${option} أحد ${choices}، لا «${value}».`,
  unknownSubcommand: (command, name) => `أمر فرعي غير معروف لـ«${command}»: «${name}». نفّذ «qarin --help».`,
  unknownCode: (name) => `لا رمز باسم «${name}» في دليل رموز هذا المشروع.`,
  ambiguousCode: (name, paths) => `أكثر من رمز باسم «${name}» (${paths})؛ اكتب المسار، مثل «الأصل/الفرع».`,
  cannotRead: (path, reason) => `تعذّرت قراءة ${path}: ${reason}`,
  cannotWrite: (path, reason) => `تعذّرت كتابة ${path}: ${reason}`,
  folderMissing: (dir) => `المجلد ${dir} غير موجود`,
  notAFolder: (option, path) => `${option} ${path}: لا يوجد مجلد بهذا الاسم.`,
  cannotUseProject: (reason) => `تعذّر فتح المشروع أو الكتابة فيه (${reason}).`,
  exported: (count, path) => `صُدّر ${count} من المقتطفات إلى ${path}.`,
  reportWritten: (format, path) => `كُتب التقرير بصيغة ${format.toUpperCase()} في ${path}.`,
  reportNeedsContent:
    'اختر محتوى التقرير: --annotations by-report|by-code أو --compare DOCID,DOCID أو --codebook أو --memos.',
  annotationsImported: (r) =>
    `استُوردت التعليقات: ${r.exact} ثُبّتت بدقة، ${r.fuzzy} بالتقريب، ${r.orphans} يتيمة تنتظر إعادة الربط؛ ${r.unchanged} بلا تغيير، ${r.updated} حُدّثت، ${r.codesCreated} رموز جديدة.` +
    (r.skipped.length === 0
      ? ''
      : `\nلم يُستورد ${r.skipped.length} من المقتطفات لأن تقاريرها ليست في هذا المشروع: ` +
        r.skipped.map((entry) => `\u2066${entry.docId}\u2069 «${entry.quote}»`).join('؛ ')),
  compareCount: (count) => `تقارن «compare» بين تقريرين وأربعة تقارير مختلفة، لا ${count}. نفّذ «qarin --help».`,
  compareRepeated: (id) => `التقرير «${id}» مذكور مرتين؛ قارن بين تقريرين وأربعة تقارير مختلفة.`,
  unknownDocument: (id) => `لا وثيقة بالمعرّف «${id}». نفّذ «qarin docs» لمعرفة المعرّفات.`,
  compareSummary: (r) =>
    [
      `قورن ${r.documents.length} تقارير؛ الأساس: ${r.baseId}`,
      ...r.documents.map((d) => `  ${d.id}  ${d.title}: ${d.sentences} جملة، ${d.aligned} متقابلة، ${d.unique} منفردة`),
      `مجموعات الجمل المتقابلة: ${r.groups} (${r.moved} منقولة من موضعها)`,
      `المقاطع المشتركة: ${r.passages} (${r.passageWords} كلمة)`,
      `فروق الكلمات: ${r.differences.insert} مضافة، ${r.differences.delete} محذوفة، ${r.differences.substitute} مستبدلة، ${r.differences.minor} في الرسم فقط`,
      `الوقائع: ${r.facts} صفًا (${r.disagreements} تختلف فيها التقارير أو يسكت أحدها)`,
    ].join('\n'),
  passageLine: (words, reports, first, excerpt) =>
    `  ${words} كلمة في ${reports} تقارير${first ? `، أولها في ${first}` : ''}: ${excerpt}`,
  badShare: (option, value) => `يحتاج ${option} إلى عدد من 0 إلى 1، لا «${value}».`,
  noSimilar: 'لا تقارير مشابهة.',
  noClusters: 'لا عناقيد قصص.',
  similarHeading: (title) => `تقارير مشابهة لـ«${title}»:`,
  similarLine: (share, passages) => `التشابه ${share} · ${passages} من المقاطع المشتركة`,
  clusterLine: (size, span) => `${size} تقارير${span ? ` · ${span}` : ''}`,
  projectImported: (r) =>
    `استُورد المشروع: ${r.reportsAdded} تقرير جديد (و${r.reportsKnown} موجود من قبل)، ${r.highlights} مقتطف، ` +
    `${r.codesCreated} رمز جديد، ${r.memos} مذكرة، ${r.documentNotes} ملاحظة على تقرير.`,
  lexiconUnknownAction: (action) => `إجراء غير معروف «${action}»: استعمل list أو add أو remove.`,
  lexiconUnknownKind: (kind) =>
    `نوع مدخل غير معروف «${kind}»: استعمل title أو place أو framing أو given-name أو speech-verb.`,
  lexiconHeading: (folder, count) =>
    `${arabicCount(count, { zero: 'لا إضافات', one: 'إضافة واحدة', two: 'إضافتان', few: 'إضافات', many: 'إضافة' })} إلى معاجم الوقائع في ${folder}`,
  gazetteerCredit: (attribution) => `المعجم الجغرافي المرفق: ${attribution}`,
  skippedSource: (name) => `تُرك: «${name}» ليس مصدرًا نصيًا (قارِن يحفظ النصوص وحدها)`,
  lineEndReading: (source, asTwo) =>
    `«${source}»: نهايات أسطر ويندوز عُدّت ${asTwo ? 'موضعين' : 'موضعًا واحدًا'}، كما تدل تحديداته`,
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
