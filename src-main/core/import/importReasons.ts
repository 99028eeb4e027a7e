import { verbatim as v, type Bilingual } from '../text/bilingual';
import { formatNumber } from '../../../src-shared/formatNumber';
import { formatByteSize } from './byteSize';

/**
 * Every reason an importer gives for a file or a part of one it could not read, in both languages:
 * the import report carries both, and the interface and the command line each show their own.
 * Names and values from the file (a DOCNO, an extension, a parser's own message) are shown verbatim.
 */

const SUPPORTED_LIST: Bilingual = {
  en: '.txt, .md, .html, .htm, .docx, .jsonl, and TREC collections (.txt, .xml, .sgml or no extension, starting with <DOC>)',
  ar: `${v('.txt')} و${v('.md')} و${v('.html')} و${v('.htm')} و${v('.docx')} و${v('.jsonl')}، ومجموعات ${v('TREC')} (${v('.txt')} أو ${v('.xml')} أو ${v('.sgml')} أو بلا امتداد، تبدأ بـ${v('<DOC>')})`,
};

const size = (bytes: number): Bilingual => ({ en: formatByteSize(bytes), ar: formatByteSize(bytes, 'ar') });

/** What a JSON value is, for "expected a string, found …". */
function kindOf(value: unknown): Bilingual {
  if (value === null) return { en: 'null', ar: `القيمة ${v('null')}` };
  if (Array.isArray(value)) return { en: 'an array', ar: 'مصفوفة' };
  switch (typeof value) {
    case 'string':
      return { en: 'a string', ar: 'نصًّا' };
    case 'number':
      return { en: 'a number', ar: 'رقمًا' };
    case 'boolean':
      return { en: 'a boolean', ar: 'قيمة منطقية' };
    default:
      return { en: `a ${typeof value}`, ar: 'كائنًا' };
  }
}

/** Where a TREC <DOC> is: by its DOCNO when it has one, else by its place in the file. */
export function trecDocLabel(docno: string | undefined, ordinal: number, line: number): Bilingual {
  return docno
    ? { en: `<DOC> ${docno} (line ${line})`, ar: `${v(`<DOC> ${docno}`)} (السطر ${line})` }
    : { en: `<DOC> #${ordinal} (line ${line})`, ar: `${v('<DOC>')} رقم ${ordinal} (السطر ${line})` };
}

/** What a binary file turned out to be, from its first bytes. */
export const binaryKinds = {
  pdf: { en: 'a PDF document', ar: `مستند ${v('PDF')}` },
  zip: {
    en: 'a ZIP archive (a Word document needs the .docx extension)',
    ar: `أرشيف ${v('ZIP')} (مستند ${v('Word')} يحتاج الامتداد ${v('.docx')})`,
  },
  oldOffice: {
    en: 'an old Microsoft Office file (.doc/.xls); save it as .docx',
    ar: `ملف ${v('Microsoft Office')} قديم (${v('.doc/.xls')})؛ احفظه بصيغة ${v('.docx')}`,
  },
  png: { en: 'a PNG image', ar: `صورة ${v('PNG')}` },
  jpeg: { en: 'a JPEG image', ar: `صورة ${v('JPEG')}` },
  gif: { en: 'a GIF image', ar: `صورة ${v('GIF')}` },
  gzip: { en: 'a gzip archive', ar: `أرشيف ${v('gzip')}` },
  rar: { en: 'a RAR archive', ar: `أرشيف ${v('RAR')}` },
  sevenZip: { en: 'a 7-Zip archive', ar: `أرشيف ${v('7-Zip')}` },
  executable: { en: 'an executable (ELF)', ar: `برنامج تنفيذي (${v('ELF')})` },
  sqlite: { en: 'an SQLite database', ar: `قاعدة بيانات ${v('SQLite')}` },
} satisfies Record<string, Bilingual>;

export const importReasons = {
  fileTooLarge: (bytes: number, limit: number): Bilingual => ({
    en: `file too large: ${size(bytes).en}, over the ${size(limit).en} limit`,
    ar: `الملف أكبر مما يُستورد: ${size(bytes).ar}، فوق الحد وهو ${size(limit).ar}`,
  }),
  emptyFile: (): Bilingual => ({ en: 'empty file (0 bytes)', ar: 'الملف فارغ (0 بايت)' }),
  blankFile: (bytes: number): Bilingual => ({
    en: `empty file: it contains only whitespace (${size(bytes).en})`,
    ar: `الملف فارغ: لا يحوي إلا مسافات وأسطرًا فارغة (${size(bytes).ar})`,
  }),
  reportTooLong: (key: string | undefined, characters: number, limit: number): Bilingual => ({
    en:
      `${key === undefined ? '' : `report ${key}: `}${formatNumber(characters, 'en')} characters, ` +
      `over the ${formatNumber(limit, 'en')} the reader can show at once; split it into smaller reports`,
    ar:
      `${key === undefined ? '' : `التقرير ${v(key)}: `}${formatNumber(characters, 'ar')} حرف، ` +
      `فوق ${formatNumber(limit, 'ar')} حرف يستطيع القارئ عرضها معًا؛ قسّمه إلى تقارير أصغر`,
  }),
  couldNotRead: (message: string): Bilingual => ({
    en: `could not be read: ${message}`,
    ar: `تعذّرت قراءته: ${v(message)}`,
  }),
  unsupportedExtension: (extension: string): Bilingual => ({
    en: `unsupported file type ".${extension}"; Qarin imports ${SUPPORTED_LIST.en}`,
    ar: `نوع ملف لا يُستورد (${v(`.${extension}`)})؛ يستورد قارن ${SUPPORTED_LIST.ar}`,
  }),
  /** Formats people often try, with what to do instead. */
  knownUnsupported: {
    doc: {
      en: 'Word 97–2003 documents (.doc) are not supported; save it as .docx',
      ar: `مستندات ${v('Word 97–2003')} (${v('.doc')}) لا تُستورد؛ احفظه بصيغة ${v('.docx')}`,
    },
    rtf: {
      en: 'RTF is not supported; save it as .docx or plain text',
      ar: `صيغة ${v('RTF')} لا تُستورد؛ احفظه بصيغة ${v('.docx')} أو نصًّا عاديًّا`,
    },
    pdf: {
      en: 'PDF is not supported; export its text to a .txt file',
      ar: `صيغة ${v('PDF')} لا تُستورد؛ صدّر نصه إلى ملف ${v('.txt')}`,
    },
    odt: {
      en: 'OpenDocument text is not supported; save it as .docx',
      ar: `نصوص ${v('OpenDocument')} لا تُستورد؛ احفظه بصيغة ${v('.docx')}`,
    },
  } as Readonly<Record<string, Bilingual>>,
  notTrec: (extension: string): Bilingual => ({
    en: `unsupported: this .${extension} file is not a TREC collection (it does not start with <DOC>)`,
    ar: `لا يُستورد: هذا الملف (${v(`.${extension}`)}) ليس مجموعة ${v('TREC')} (لا يبدأ بـ${v('<DOC>')})`,
  }),

  binary: (kind: Bilingual): Bilingual => ({
    en: `binary file: the content is ${kind.en}, not text`,
    ar: `ملف ثنائي: محتواه ${kind.ar}، لا نص`,
  }),
  nulBytes: (firstAt: number, looksLikeUtf16: boolean): Bilingual => ({
    en:
      `binary file: contains NUL bytes (first at byte ${firstAt})` +
      (looksLikeUtf16
        ? ' (it looks like UTF-16 without a byte-order mark; save it as UTF-8 or as UTF-16 with a BOM)'
        : ''),
    ar:
      `ملف ثنائي: فيه بايتات صفرية (${v('NUL')}، أولها عند البايت ${firstAt})` +
      (looksLikeUtf16
        ? ` (يبدو ${v('UTF-16')} بلا علامة ترتيب البايتات؛ احفظه بترميز ${v('UTF-8')} أو ${v('UTF-16')} مع العلامة)`
        : ''),
  }),
  controlBytes: (count: number, sampled: number): Bilingual => ({
    en: `binary file: ${count} control bytes in the first ${sampled} bytes`,
    ar: `ملف ثنائي: ${count} بايت تحكّم في أول ${sampled} بايت`,
  }),
  nulAfterDecoding: (encoding: string, at: number): Bilingual => ({
    en: `binary file: contains NUL characters after decoding as ${encoding} (first at character ${at})`,
    ar: `ملف ثنائي: فيه محارف صفرية بعد فكّ ترميزه ${v(encoding)} (أولها عند المحرف ${at})`,
  }),
  utf32: (): Bilingual => ({
    en: 'unsupported encoding: the file is UTF-32; save it as UTF-8',
    ar: `ترميز لا يُقرأ: الملف بترميز ${v('UTF-32')}؛ احفظه بترميز ${v('UTF-8')}`,
  }),
  badUtf8AfterBom: (offset: number, byte: string): Bilingual => ({
    en: `undecodable bytes: the file starts with a UTF-8 byte-order mark but byte ${offset} (${byte}) is not valid UTF-8`,
    ar: `بايتات لا تُقرأ: يبدأ الملف بعلامة ${v('UTF-8')} لكن البايت ${offset} (${v(byte)}) ليس ${v('UTF-8')} صحيحًا`,
  }),
  oddUtf16: (encoding: string): Bilingual => ({
    en: `undecodable bytes: the file is marked ${encoding.toUpperCase()} but has an odd number of bytes`,
    ar: `بايتات لا تُقرأ: الملف معلَّم ${v(encoding.toUpperCase())} لكن عدد بايتاته فردي`,
  }),
  unpairedSurrogate: (encoding: string): Bilingual => ({
    en: `undecodable bytes: the file is marked ${encoding.toUpperCase()} but contains an unpaired surrogate`,
    ar: `بايتات لا تُقرأ: الملف معلَّم ${v(encoding.toUpperCase())} لكن فيه نصف زوج بديل بلا نصفه الآخر`,
  }),
  undecodable: (offset: number, byte: string): Bilingual => ({
    en:
      `undecodable bytes: not valid UTF-8 (byte ${offset} is ${byte}) and not Arabic in Windows-1256; ` +
      'save the file as UTF-8',
    ar:
      `بايتات لا تُقرأ: ليست ${v('UTF-8')} صحيحًا (البايت ${offset} هو ${v(byte)}) ولا عربية بترميز ${v('Windows-1256')}؛ ` +
      `احفظ الملف بترميز ${v('UTF-8')}`,
  }),

  docxNotZip: (message: string): Bilingual => ({
    en: `corrupt .docx: not a readable ZIP archive (${message})`,
    ar: `ملف ${v('.docx')} تالف: ليس أرشيف ${v('ZIP')} مقروءًا (${v(message)})`,
  }),
  docxExpands: (expanded: number, limit: number): Bilingual => {
    const unpacked = Number.isFinite(expanded) ? size(expanded) : { en: 'over 4 GB', ar: 'أكثر من 4 غيغابايت' };
    return {
      en:
        `the Word document expands to ${unpacked.en} when unpacked, ` +
        `over the ${size(limit).en} limit (a damaged file or a zip bomb)`,
      ar:
        `يتمدد مستند ${v('Word')} عند فكّه إلى ${unpacked.ar}، ` +
        `فوق الحد وهو ${size(limit).ar} (ملف تالف أو قنبلة ضغط)`,
    };
  },
  docxNoDocumentXml: (): Bilingual => ({
    en: 'corrupt .docx: the archive has no word/document.xml, so it is not a Word document',
    ar: `ملف ${v('.docx')} تالف: ليس في الأرشيف ${v('word/document.xml')}، فليس مستند ${v('Word')}`,
  }),
  docxCorrupt: (message: string): Bilingual => ({
    en: `corrupt .docx: ${message}`,
    ar: `ملف ${v('.docx')} تالف: ${v(message)}`,
  }),
  docxNoText: (): Bilingual => ({
    en: 'the Word document contains no text',
    ar: `لا نص في مستند ${v('Word')}`,
  }),
  htmlNoText: (): Bilingual => ({
    en: 'the HTML page has no text outside scripts, styles, navigation, headers, footers and forms',
    ar: `لا نص في صفحة ${v('HTML')} خارج البرامج النصية والأنماط وقوائم التنقل والترويسات والتذييلات والنماذج`,
  }),

  trecNoText: (label: Bilingual): Bilingual => ({
    en: `${label.en}: no <TEXT> element`,
    ar: `${label.ar}: لا عنصر ${v('<TEXT>')}`,
  }),
  trecEmptyText: (label: Bilingual): Bilingual => ({
    en: `${label.en}: <TEXT> is empty`,
    ar: `${label.ar}: ${v('<TEXT>')} فارغ`,
  }),
  /** A <DOC> left open before the next one; one the file ends inside is read, with a warning. */
  trecUnclosedDoc: (label: Bilingual): Bilingual => ({
    en: `${label.en}: no closing </DOC> before the next <DOC>`,
    ar: `${label.ar}: لا ${v('</DOC>')} يغلقه قبل ${v('<DOC>')} التالي`,
  }),
  trecStrayClose: (line: number): Bilingual => ({
    en: `line ${line}: </DOC> without a matching <DOC>`,
    ar: `السطر ${line}: ${v('</DOC>')} بلا ${v('<DOC>')} يقابله`,
  }),
  trecDuplicateDocno: (docno: string): Bilingual => ({
    en: `<DOC> ${docno}: the same DOCNO appears earlier in the file; this one was skipped`,
    ar: `${v(`<DOC> ${docno}`)}: رقم ${v('DOCNO')} نفسه ورد قبله في الملف؛ تُرك هذا`,
  }),
  trecNoDoc: (): Bilingual => ({
    en: 'malformed TREC: no <DOC> element found',
    ar: `ملف ${v('TREC')} معيب: لا عنصر ${v('<DOC>')} فيه`,
  }),
  malformedTrec: (problems: Bilingual[]): Bilingual => ({
    en: `malformed TREC: ${problems.map((problem) => problem.en).join('; ')}`,
    ar: `ملف ${v('TREC')} معيب: ${problems.map((problem) => problem.ar).join('؛ ')}`,
  }),

  jsonlNotJson: (line: number, message: string): Bilingual => ({
    en: `line ${line}: not valid JSON (${message})`,
    ar: `السطر ${line}: ليس ${v('JSON')} صحيحًا (${v(message)})`,
  }),
  jsonlNotObject: (line: number, value: unknown): Bilingual => ({
    en: `line ${line}: expected a JSON object, found ${kindOf(value).en}`,
    ar: `السطر ${line}: يُنتظر كائن ${v('JSON')}، ووُجد ${kindOf(value).ar}`,
  }),
  jsonlNoText: (line: number): Bilingual => ({
    en: `line ${line}: no "text" field`,
    ar: `السطر ${line}: لا حقل ${v('"text"')}`,
  }),
  jsonlNotString: (line: number, field: string, value: unknown): Bilingual => ({
    en: `line ${line}: "${field}" must be a string, found ${kindOf(value).en}`,
    ar: `السطر ${line}: يجب أن يكون ${v(`"${field}"`)} نصًّا، ووُجد ${kindOf(value).ar}`,
  }),
  jsonlEmptyText: (line: number): Bilingual => ({
    en: `line ${line}: "text" is empty`,
    ar: `السطر ${line}: ${v('"text"')} فارغ`,
  }),
  jsonlBadId: (line: number, value: unknown): Bilingual => ({
    en: `line ${line}: "id" must be a string or a number, found ${kindOf(value).en}`,
    ar: `السطر ${line}: يجب أن يكون ${v('"id"')} نصًّا أو رقمًا، ووُجد ${kindOf(value).ar}`,
  }),
  jsonlDuplicateId: (line: number, id: string): Bilingual => ({
    en: `line ${line}: id "${id}" is used by an earlier line`,
    ar: `السطر ${line}: المعرّف ${v(`"${id}"`)} مستعمل في سطر قبله`,
  }),
};
