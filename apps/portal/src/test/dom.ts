/** The text of everything an element's aria-describedby points at: what a screen reader adds. */
export function descriptionOf(element: Element): string {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

export function isInvalid(element: Element): boolean {
  return element.getAttribute('aria-invalid') === 'true';
}
