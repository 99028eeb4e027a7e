import type { Snippet } from '../../src-main/api/types';
import { snippetSegments } from './snippetSegments';

/** One passage of a result, hits marked. Ellipses show when the window is cut from a longer text. */
export function SnippetText({ snippet, documentStartsHere }: { snippet: Snippet; documentStartsHere: boolean }) {
  return (
    <p className="snippet" dir="rtl">
      {!documentStartsHere && <span aria-hidden="true">… </span>}
      {snippetSegments(snippet).map((segment, index) =>
        segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
      {!snippet.endsText && <span aria-hidden="true"> …</span>}
    </p>
  );
}
