/** True for a URL a citation may write as a link: http(s) only, never `javascript:`, `data:` or `file:`. */
export function isLinkableUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && url.trim() === url;
  } catch {
    return false;
  }
}
