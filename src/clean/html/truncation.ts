// Signs that an HTML page was cut off (an interrupted download or a crawler's size cap): we keep the
// text it holds, and say so.

/** A reason the page looks truncated, or null when it ends the way pages end. */
export function truncationSign(html: string): string | null {
  const tail = html.slice(-4096).trimEnd();
  const lastOpen = tail.lastIndexOf('<');
  if (lastOpen > tail.lastIndexOf('>')) return 'HTML ends inside a tag (truncated?); kept the text before it';
  const head = html.slice(0, 4096);
  const opensBody = /<body[\s>]/i.test(head) || /<html[\s>]/i.test(head);
  if (opensBody && !/<\/(body|html)\s*>/i.test(tail)) return 'HTML has no closing </body> or </html> (truncated?); kept the text it holds';
  return null;
}
