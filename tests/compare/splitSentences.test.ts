import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src-main/core/compare/splitSentences';

const pieces = (text: string, boilerplate = [] as { start: number; end: number }[]) =>
  splitSentences(text, boilerplate).map((span) => text.slice(span.start, span.end));

test('splits on . ! ? ؟ ؛ and line breaks, with original offsets and no surrounding spaces', () => {
  const text = 'وصل الوفد إلى سرت. هل انتهى الاجتماع؟ نعم! بدأ الحوار؛ واستمر ساعتين\nعنوان فرعي\n\n  سطر أخير  ';
  assert.deepEqual(pieces(text), [
    'وصل الوفد إلى سرت.',
    'هل انتهى الاجتماع؟',
    'نعم!',
    'بدأ الحوار؛',
    'واستمر ساعتين',
    'عنوان فرعي',
    'سطر أخير',
  ]);
  for (const span of splitSentences(text)) assert.notEqual(text[span.start], ' ');
});

test('never splits inside «…» or “…” quotes, and keeps the closing quote with its sentence', () => {
  const text = 'قال حفتر: «نحن مستعدون. لن نتراجع؟ أبدا». ثم غادر القاعة. وأضاف “الجيش واحد. والوطن واحد” في كلمته.';
  assert.deepEqual(pieces(text), [
    'قال حفتر: «نحن مستعدون. لن نتراجع؟ أبدا».',
    'ثم غادر القاعة.',
    'وأضاف “الجيش واحد. والوطن واحد” في كلمته.',
  ]);
});

test('straight double quotes pair up on their line, and د. is an abbreviation, not a full stop', () => {
  const text = 'وقال د. محمد الأمين "لقد انتهينا. وسنعود" ثم صمت. وكتب "بلا إغلاق. ثم تابع.';
  assert.deepEqual(pieces(text), ['وقال د. محمد الأمين "لقد انتهينا. وسنعود" ثم صمت.', 'وكتب "بلا إغلاق.', 'ثم تابع.']);
});

test('an unclosed quote mark does not swallow the rest of the report', () => {
  const text = 'قال المتحدث «إن الوضع مستقر. ثم انتهى المؤتمر.\nوفي اليوم التالي عاد الوفد.';
  assert.deepEqual(pieces(text), ['قال المتحدث «إن الوضع مستقر.', 'ثم انتهى المؤتمر.', 'وفي اليوم التالي عاد الوفد.']);
});

test('never splits inside numbers, in ASCII or Arabic-Indic digits', () => {
  const text = 'ارتفع المؤشر بنسبة 3.5 في المئة. وبلغ النمو ١.٥ في المئة و٢٫٧ في الربع الثاني. انتهى.';
  assert.deepEqual(pieces(text), [
    'ارتفع المؤشر بنسبة 3.5 في المئة.',
    'وبلغ النمو ١.٥ في المئة و٢٫٧ في الربع الثاني.',
    'انتهى.',
  ]);
});

test('in a long run, a comma before a new clause ends the sentence; a short run or another word does not', () => {
  const long =
    'عقد رئيس الأركان اجتماعا موسعا في مدينة سرت مع قادة الألوية العسكرية القادمين من مصراتة والمنطقة الغربية، ' +
    'وقال المتحدث باسم الجيش إن الاجتماع ناجح، من جهته، أكد العميد أن القوة المشتركة ستبدأ عملها قريبا';
  assert.deepEqual(pieces(long), [
    'عقد رئيس الأركان اجتماعا موسعا في مدينة سرت مع قادة الألوية العسكرية القادمين من مصراتة والمنطقة الغربية،',
    'وقال المتحدث باسم الجيش إن الاجتماع ناجح، من جهته، أكد العميد أن القوة المشتركة ستبدأ عملها قريبا',
  ]);
  const short = 'انتهى الاجتماع، وقال المتحدث إنه ناجح.';
  assert.deepEqual(pieces(short), [short]);
  const noOpener =
    'عقد رئيس الأركان اجتماعا موسعا في مدينة سرت مع قادة الألوية العسكرية القادمين من مصراتة والمنطقة الغربية، ' +
    'والتقى بعدها ممثلي المجلس البلدي.';
  assert.deepEqual(pieces(noOpener), [noOpener]);
});

test('reporting verbs open a clause too, with or without hamza and diacritics', () => {
  const reporting =
    'أعلنت وزارة الداخلية في حكومة الوحدة الوطنية عن خطة أمنية جديدة لتأمين العاصمة طرابلس وضواحيها، ' +
    'وأردف المتحدث أن الخطة تبدأ الأسبوع المقبل';
  assert.equal(pieces(reporting).length, 2);
  const text =
    'وصلت القافلة الإنسانية إلى المدينة بعد رحلة طويلة عبر الطرق الصحراوية الوعرة في جنوب البلاد المضطرب، ' +
    'وأَكّد المسؤول أن المساعدات كافية';
  assert.equal(pieces(text).length, 2);
});

test('boilerplate lines are left out and never joined to a sentence', () => {
  const text = 'الخبر الأول هنا.\nيمكنك ايضا قراءة الخبر في المصدر\nوالخبر يتابع هنا.';
  const start = text.indexOf('يمكنك');
  const end = text.indexOf('\n', start);
  assert.deepEqual(pieces(text, [{ start, end }]), ['الخبر الأول هنا.', 'والخبر يتابع هنا.']);
});
