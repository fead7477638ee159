// Offices that are one office under different names in different states: a state has one holder
// of each at a time ("External Affairs Minister" in India is "Foreign Minister" elsewhere).
const FOREIGN_MINISTERS = new Set(['foreign minister', 'foreign secretary', 'secretary of state', 'external affairs minister']);

export function officeClass(title: string): string {
  const t = title.toLowerCase();
  return FOREIGN_MINISTERS.has(t) ? 'foreign minister' : t;
}
