import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { useStrings } from '../i18n/useStrings';
import { MarkdownView } from './MarkdownView';

interface MarkdownEditorProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Ctrl/⌘+Enter. */
  onSubmit?(): void;
  placeholder?: string;
  rows?: number;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  testId?: string;
}

/** A Markdown field with Write and Preview tabs, as code-review tools and QDA memo editors have. */
export function MarkdownEditor({
  label,
  value,
  onChange,
  onSubmit,
  placeholder,
  rows = 4,
  textareaRef,
  testId,
}: MarkdownEditorProps) {
  const t = useStrings();
  const id = useId();
  const [previewing, setPreviewing] = useState(false);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmit) {
      event.preventDefault();
      onSubmit();
    }
  }

  return (
    <div className="markdown-editor">
      <div className="markdown-editor-head">
        <label htmlFor={`${id}-text`} className="field-label" onClick={() => setPreviewing(false)}>
          {label}
        </label>
        <div role="tablist" aria-label={label} className="segmented segmented-small">
          <button
            type="button"
            role="tab"
            aria-selected={!previewing}
            aria-controls={`${id}-text`}
            className="segment"
            onClick={() => setPreviewing(false)}
          >
            {t.markdownWrite}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={previewing}
            aria-controls={`${id}-preview`}
            className="segment"
            onClick={() => setPreviewing(true)}
          >
            {t.markdownPreview}
          </button>
        </div>
      </div>
      {previewing ? (
        <div id={`${id}-preview`} role="tabpanel" className="markdown-preview" tabIndex={0}>
          {value.trim() ? <MarkdownView markdown={value} /> : <p className="muted">{t.markdownEmpty}</p>}
        </div>
      ) : (
        <textarea
          ref={textareaRef}
          id={`${id}-text`}
          className="text-input markdown-textarea"
          dir="auto"
          rows={rows}
          value={value}
          placeholder={placeholder}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          data-testid={testId}
        />
      )}
      <p id={`${id}-hint`} className="field-hint markdown-hint">
        <span>{t.markdownHint.label}:</span>
        {t.markdownHint.examples.map((example) => (
          <span key={example.syntax}>
            <code dir="ltr">{example.syntax}</code> {example.meaning}
          </span>
        ))}
      </p>
    </div>
  );
}
