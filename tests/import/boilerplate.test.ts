import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findBoilerplate, findBoilerplateLines } from '../../src-main/core/import/boilerplate';
import { seedText } from './importFixtures';

function flaggedLines(text: string): string[] {
  return findBoilerplate(text).map(({ start, end }) => text.slice(start, end));
}

function rulesFor(text: string): Record<string, string> {
  return Object.fromEntries(findBoilerplateLines(text).map((line) => [text.slice(line.start, line.end), line.rule]));
}

const body = [
  'عقد رئيس الأركان اجتماعا في مدينة سرت مع قادة من مصراتة لبحث توحيد المؤسسة العسكرية.',
  'وقال المتحدث باسم الجيش إن الاجتماع خطوة أولى نحو ترتيبات أمنية مشتركة بين الشرق والغرب.',
  'ويأتي الاجتماع في ظل جهود الأمم المتحدة لإطلاق خارطة طريق نحو انتخابات وطنية.',
].join('\n');

describe('findBoilerplate on the seed reports', () => {
  it('flags the comment counters of seeds 001 and 002 and nothing else', () => {
    assert.deepEqual(flaggedLines(seedText('001_f5d3861595008391.txt')), ['تعليقات']);
    assert.deepEqual(flaggedLines(seedText('002_3472d11f30aee933.txt')), ['0 تعليق']);
  });

  it('flags the source header and footer of seed 004, including the outlet name under «عن مصدر الخبر»', () => {
    assert.deepEqual(rulesFor(seedText('004_2fe33e5567d9855b.txt')), {
      'مصدر الخبر / اخبار ليبيا 24': 'source-label',
      'يمكنك ايضا قراءة الخبر في المصدر من اخبار ليبيا 24': 'read-at-source',
      'عن مصدر الخبر': 'about-source',
      'اخبار ليبيا 24': 'footer-continuation',
    });
  });

  it('flags nothing in seeds 000 and 003, which carry no boilerplate', () => {
    assert.deepEqual(flaggedLines(seedText('000_06f512fe5b46b25a.txt')), []);
    assert.deepEqual(flaggedLines(seedText('003_d417cf314fa3dcc6.txt')), []);
  });

  it('gives spans of whole lines without their newline', () => {
    const text = seedText('004_2fe33e5567d9855b.txt');
    for (const { start, end } of findBoilerplate(text)) {
      assert.ok(start === 0 || text[start - 1] === '\n');
      assert.ok(end === text.length || text[end] === '\n');
      assert.ok(!text.slice(start, end).includes('\n'));
    }
  });
});

describe('findBoilerplate on footers in the style of other outlets', () => {
  const cases: [string, string[], Record<string, string>][] = [
    [
      'share bar, print and comment widgets',
      ['شارك هذا الخبر', 'فيسبوك | تويتر | واتساب', 'طباعة', 'أرسل لصديق', 'أضف تعليقاً', '5 تعليقات'],
      { 'شارك هذا الخبر': 'interface-words', 'أضف تعليقاً': 'comment-counter', '5 تعليقات': 'comment-counter' },
    ],
    [
      'source line and copyright',
      ['المصدر : الجزيرة + وكالات', 'جميع الحقوق محفوظة © 2024'],
      { 'المصدر : الجزيرة + وكالات': 'source-label', 'جميع الحقوق محفوظة © 2024': 'copyright' },
    ],
    [
      'prompts, tags and labels',
      [
        'أخبار ذات صلة',
        'تابعونا على تلغرام',
        'لقراءة المقال كاملاً من المصدر اضغط هنا',
        'الوسوم: ليبيا، سرت، حفتر',
        'آخر تحديث: 12 مارس 2024 - 10:30',
        '* الآراء الواردة في المقال تعبر عن رأي كاتبها',
      ],
      {
        'أخبار ذات صلة': 'read-also',
        'تابعونا على تلغرام': 'follow-us',
        'لقراءة المقال كاملاً من المصدر اضغط هنا': 'click-here',
        'الوسوم: ليبيا، سرت، حفتر': 'tags',
        'آخر تحديث: 12 مارس 2024 - 10:30': 'dateline-label',
        '* الآراء الواردة في المقال تعبر عن رأي كاتبها': 'disclaimer',
      },
    ],
    [
      'credits, dates and an about-the-author box at the very end',
      [
        'بقلم: أحمد علي',
        'عن الكاتب',
        'صحفي ليبي مقيم في بنغازي',
        'نقلا عن صحيفة الوسط',
        'طرابلس/ رويترز',
        'الأحد 12 مارس 2024',
        '12/03/2024 - 10:30',
      ],
      {
        'بقلم: أحمد علي': 'byline-label',
        'عن الكاتب': 'about-source',
        'صحفي ليبي مقيم في بنغازي': 'footer-continuation',
        'نقلا عن صحيفة الوسط': 'attribution',
        'طرابلس/ رويترز': 'agency-credit',
        'الأحد 12 مارس 2024': 'date-only',
        '12/03/2024 - 10:30': 'no-letters',
      },
    ],
    [
      'an English-language footer',
      [
        'Share this article',
        'Read more: Libya talks resume in Sirte',
        'Comments (3)',
        '© 2024 Reuters. All rights reserved.',
      ],
      {
        'Share this article': 'interface-words',
        'Read more: Libya talks resume in Sirte': 'read-also',
        'Comments (3)': 'comment-counter',
        '© 2024 Reuters. All rights reserved.': 'copyright',
      },
    ],
  ];

  for (const [name, footer, expectedRules] of cases) {
    it(`flags every line of ${name} and none of the report`, () => {
      const text = `${body}\n\n${footer.join('\n')}\n`;
      assert.deepEqual(flaggedLines(text), footer);
      const rules = rulesFor(text);
      for (const [line, rule] of Object.entries(expectedRules)) assert.equal(rules[line], rule, line);
    });
  }

  it('flags breadcrumbs and "read also" links inside the text, where they interrupt the report', () => {
    const text = `الرئيسية » أخبار » ليبيا\n${body}\nاقرأ أيضاً: ليبيا تعلن خطة جديدة لتأمين الحدود\n${body}`;
    assert.deepEqual(rulesFor(text), {
      'الرئيسية » أخبار » ليبيا': 'breadcrumb',
      'اقرأ أيضاً: ليبيا تعلن خطة جديدة لتأمين الحدود': 'read-also',
    });
  });

  it('flags the ANT corpus credit and disclaimer lines at the end of a report', () => {
    const text = `${body}\n*نقلاً عن الرؤية الإماراتية\n** جميع المقالات المنشورة تمثل رأي كتابها فقط.`;
    assert.deepEqual(flaggedLines(text), [
      '*نقلاً عن الرؤية الإماراتية',
      '** جميع المقالات المنشورة تمثل رأي كتابها فقط.',
    ]);
    assert.deepEqual(flaggedLines(`${body}\nفرانس24/ أ ف ب`), ['فرانس24/ أ ف ب']);
  });
});

describe('findBoilerplate leaves real sentences alone', () => {
  const sentences = [
    'ورفضت الوزارة التعليق على الخبر.',
    'تعليق الرحلات الجوية إلى طرابلس',
    'الرئيس يرفض التعليق',
    'وقال المصدر إن الاجتماع سيعقد غدا في سرت.',
    'شارك في الاجتماع عدد من القادة العسكريين من الشرق والغرب.',
    'انضم ترامب إلى تويتر عام 2009.',
    'نقلا عن مصادر مطلعة، قال المسؤول إن الحوار مستمر.',
    'حقوق الإنسان في ليبيا',
    'المزيد من الصواريخ البالستية!',
    'مراسلة: هل يسهّل الروس والسوريون زيارتهم؟',
    'وتابع المتحدث على تويتر أن الحكومة ستعلن موقفها.',
  ];

  it('does not flag sentences that share words with boilerplate, anywhere in the text', () => {
    const text = [sentences.join('\n'), body, sentences.join('\n')].join('\n');
    assert.deepEqual(flaggedLines(text), []);
  });

  it('applies the end-of-text rules only at the end: a date, a rule line or a quoted source mid-text stays', () => {
    const text = `${body}\n12 مارس 2024\n-----\nنقلا عن صحيفة الوسط\n${body}`;
    assert.deepEqual(flaggedLines(text), []);
  });

  it('stops the footer at the first real sentence from the end', () => {
    const text = `${body}\nولم تعلق الحكومة.\n12/03/2024`;
    assert.deepEqual(flaggedLines(text), ['12/03/2024']);
  });
});

describe('findBoilerplate on long lines', () => {
  const tagsLine = (words: number) =>
    `الوسوم: ${Array.from({ length: words - 1 }, (_, n) => `وسم${'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'[n % 28]}`).join(' ')}`;

  it('still flags a line of as many words as a rule accepts, and takes one word more for prose', () => {
    assert.deepEqual(rulesFor(`${body}\n${tagsLine(25)}\n${body}`), { [tagsLine(25)]: 'tags' });
    assert.deepEqual(rulesFor(`${body}\n${tagsLine(26)}\n${body}`), {});
  });

  it('counts words as folded: marks, tatweel and Latin words neither add words nor hide them', () => {
    const marked = tagsLine(25).replace(/وسم/g, 'وَسْـمـ');
    assert.deepEqual(rulesFor(`${body}\n${marked}\n${body}`), { [marked]: 'tags' });
    const latin = `Tags: ${Array.from({ length: 24 }, (_, n) => `tag${n}`).join(' ')}`;
    assert.deepEqual(rulesFor(`${body}\n${latin}\n${body}`), { [latin]: 'tags' });
    const standalone = `${tagsLine(25)} ـ ـ \u064e`;
    assert.deepEqual(rulesFor(`${body}\n${standalone}\n${body}`), { [standalone]: 'tags' });
  });
});
