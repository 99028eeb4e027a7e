import { useMemo } from 'react';
import { renderMarkdown } from './renderMarkdown';
import { textDirection } from './textDirection';

/**
 * A note rendered from Markdown. The HTML comes only from renderMarkdown, which escapes any HTML
 * the note contains and leaves nothing that could load or navigate.
 */
export function MarkdownView({ markdown, className }: { markdown: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);
  return (
    <div
      className={`markdown ${className ?? ''}`}
      dir={textDirection(markdown)}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
