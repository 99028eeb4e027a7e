/** The languages the app speaks; the menu follows the `language` setting. */
export type MenuLanguage = 'ar' | 'en';

export interface MenuLabels {
  file: string;
  importFiles: string;
  importFolder: string;
  export: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  find: string;
  view: string;
  fontSize: string;
  largerText: string;
  smallerText: string;
  defaultTextSize: string;
  lineSpacing: string;
  compact: string;
  normal: string;
  relaxed: string;
  theme: string;
  light: string;
  dark: string;
  language: string;
  fullScreen: string;
  reload: string;
  developerTools: string;
  window: string;
  minimize: string;
  help: string;
  userGuide: string;
  about: string;
  aboutDetail: string;
  importFilesTitle: string;
  importFolderTitle: string;
  reportsFilter: string;
  allFiles: string;
  openFailedTitle: string;
  /** A damaged library: the way back the open-failure dialog offers. */
  restoreLibraryDetail: string;
  restoreLibrary: string;
  closeApp: string;
  noGoodLibraryBackup: string;
}

/** Language names are always written in their own language, so a reader can find theirs. */
export const languageNames: Record<MenuLanguage, string> = { ar: 'العربية', en: 'English' };

export const menuLabels: Record<MenuLanguage, MenuLabels> = {
  ar: {
    file: 'ملف',
    importFiles: 'استيراد ملفات…',
    importFolder: 'استيراد مجلد…',
    export: 'تصدير…',
    quit: 'إنهاء قارِن',
    edit: 'تحرير',
    undo: 'تراجع',
    redo: 'إعادة',
    cut: 'قص',
    copy: 'نسخ',
    paste: 'لصق',
    selectAll: 'تحديد الكل',
    find: 'بحث',
    view: 'عرض',
    fontSize: 'حجم الخط',
    largerText: 'تكبير الخط',
    smallerText: 'تصغير الخط',
    defaultTextSize: 'الحجم الافتراضي',
    lineSpacing: 'تباعد الأسطر',
    compact: 'متقارب',
    normal: 'عادي',
    relaxed: 'متباعد',
    theme: 'المظهر',
    light: 'فاتح',
    dark: 'داكن',
    language: 'اللغة',
    fullScreen: 'ملء الشاشة',
    reload: 'إعادة التحميل',
    developerTools: 'أدوات المطوّر',
    window: 'نافذة',
    minimize: 'تصغير النافذة',
    help: 'مساعدة',
    userGuide: 'دليل الاستخدام',
    about: 'عن قارِن',
    aboutDetail: 'منضدة عمل تعمل دون اتصال بالشبكة للبحث في التقارير العربية ومقارنتها والتعليق عليها.',
    importFilesTitle: 'اختر تقارير لاستيرادها',
    importFolderTitle: 'اختر مجلدًا لاستيراده',
    reportsFilter: 'تقارير',
    allFiles: 'كل الملفات',
    openFailedTitle: 'تعذّر فتح المشروع',
    restoreLibraryDetail:
      'تُحفظ بجانب المكتبة آخر نسخها الاحتياطية. تعيد الاستعادة أحدث نسخة سليمة منها، ويُحفظ الملف التالف جانبًا ولا يُحذف.',
    restoreLibrary: 'استعادة أحدث نسخة احتياطية',
    closeApp: 'إغلاق',
    noGoodLibraryBackup: 'لا نسخة احتياطية سليمة من المكتبة؛ لم يتغير شيء.',
  },
  en: {
    file: 'File',
    importFiles: 'Import Files…',
    importFolder: 'Import Folder…',
    export: 'Export…',
    quit: 'Quit Qarin',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    find: 'Find',
    view: 'View',
    fontSize: 'Font Size',
    largerText: 'Larger Text',
    smallerText: 'Smaller Text',
    defaultTextSize: 'Default Size',
    lineSpacing: 'Line Spacing',
    compact: 'Compact',
    normal: 'Normal',
    relaxed: 'Relaxed',
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
    language: 'Language',
    fullScreen: 'Toggle Full Screen',
    reload: 'Reload',
    developerTools: 'Developer Tools',
    window: 'Window',
    minimize: 'Minimize',
    help: 'Help',
    userGuide: 'User Guide',
    about: 'About Qarin',
    aboutDetail: 'An offline workbench to search, compare and annotate Arabic reports.',
    importFilesTitle: 'Choose reports to import',
    importFolderTitle: 'Choose a folder to import',
    reportsFilter: 'Reports',
    allFiles: 'All Files',
    openFailedTitle: 'The project could not be opened',
    restoreLibraryDetail:
      'The last backups of the library are kept beside it. Restoring puts back the newest one that opens; the damaged file is kept aside, not deleted.',
    restoreLibrary: 'Restore the newest backup',
    closeApp: 'Close',
    noGoodLibraryBackup: 'The library has no backup that opens; nothing was changed.',
  },
};
