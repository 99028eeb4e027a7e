import { useEffect, useRef } from 'react';

/**
 * The report as it will be saved, in a frame that runs no script (`sandbox` without
 * `allow-scripts`). A `srcdoc` frame inherits the app's Content-Security-Policy, which refuses inline
 * `<style>`, so the report's own style sheet is handed to the frame's document through the CSSOM
 * (a constructed sheet), which that policy does not govern; its fonts are data: URLs the policy allows.
 */
export function ReportPreview({ html, label }: { html: string; label: string }) {
  const frameRef = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const styles = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('style')]
      .map((style) => style.textContent ?? '')
      .join('\n');
    const adopt = () => {
      const view = frame.contentWindow as (Window & typeof globalThis) | null;
      const document = frame.contentDocument;
      if (!view || !document) return;
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(styles);
      document.adoptedStyleSheets = [sheet];
    };
    frame.addEventListener('load', adopt);
    frame.srcdoc = html;
    return () => frame.removeEventListener('load', adopt);
  }, [html]);

  return (
    <iframe
      ref={frameRef}
      className="report-preview"
      title={label}
      sandbox="allow-same-origin"
      referrerPolicy="no-referrer"
      data-testid="report-preview"
    />
  );
}
