/**
 * Where the page keeps its token for the tab (sessionStorage, per origin, so per port). The renderer
 * keeps the same name in `src-renderer/api/sessionToken.ts`; the session end-to-end test reloads the
 * page, which works only while the two agree.
 */
const storageKey = 'qarin-session-token';

/**
 * Run first on the 401 page: a tab that already opened Qarin (and took the token out of its address)
 * finds the token in its sessionStorage and comes back with it. The token is removed before the
 * redirect, so a stale one (a server restarted on the same port) ends on this page, not in a loop.
 */
export const sessionResumeScript = `(function () {
  var token = null;
  try {
    token = sessionStorage.getItem(${JSON.stringify(storageKey)});
    sessionStorage.removeItem(${JSON.stringify(storageKey)});
  } catch (error) {}
  if (token) location.replace('/?token=' + encodeURIComponent(token) + location.hash);
})();
`;

export const unauthorizedPageStyle = `body {
  font-family: "Noto Naskh Arabic", "IBM Plex Sans Arabic", system-ui, sans-serif;
  margin: 0; background: #fbfaf7; color: #1d1f21; line-height: 1.7; }
main { max-width: 40rem; margin: 4rem auto; padding: 0 1.5rem; }
section { border-block-end: 1px solid #d8d4ca; padding-block: 1rem 1.5rem; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
code { font-family: ui-monospace, monospace; background: #efece4; padding: 0 .25em; border-radius: 3px; }
`;

/**
 * What a browser shows for the served address without its token (a bookmark, a typed address, a
 * new tab): what to do, in both languages, since the page cannot know the user's language yet.
 */
export const unauthorizedPage = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>قارِن · Qarin</title>
<script src="/session-resume.js"></script>
<link rel="stylesheet" href="/unauthorized.css">
</head>
<body>
<main>
<section lang="ar" dir="rtl">
<h1>افتح العنوان الذي طبعه <code dir="ltr">qarin serve</code></h1>
<p>تحتاج هذه الصفحة إلى رمز الدخول الذي يصنعه قارِن عند كل تشغيل. انسخ العنوان الكامل الذي طبعه الأمر
<code dir="ltr">qarin serve</code> في الطرفية، وهو يبدأ بـ <code dir="ltr">http://127.0.0.1:…/?token=</code>،
وافتحه في هذا المتصفح.</p>
<p>إذا أُوقف الأمر أو أُعيد تشغيله فشغّله من جديد واستعمل العنوان الجديد.</p>
</section>
<section lang="en" dir="ltr">
<h1>Open the address that <code>qarin serve</code> printed</h1>
<p>This page needs the access token Qarin makes each time it starts. Copy the full address that
<code>qarin serve</code> printed in the terminal, starting with <code>http://127.0.0.1:…/?token=</code>,
and open it in this browser.</p>
<p>If the command was stopped or restarted, run it again and use the new address.</p>
</section>
</main>
</body>
</html>
`;
