import { useEffect, useState } from 'react';
import { useStrings } from '../i18n/useStrings';

export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useStrings();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <button
      type="button"
      className="link-button copy-button"
      aria-label={`${t.copy}: ${label}`}
      onClick={() =>
        navigator.clipboard.writeText(value).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? t.copied : t.copy}
    </button>
  );
}
