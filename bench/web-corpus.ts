// Synthetic diplomatic readouts for the web benchmark: varied states, ministers, places, dates,
// event kinds and quotes, written from templates so a 10,000-document store can be made offline.
import countries from 'i18n-iso-countries';

const GIVEN = ['Ana', 'Bilal', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kemal', 'Lucia', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Rafael', 'Sofia', 'Tomas', 'Yuki'];
const FAMILY = ['Almeida', 'Berg', 'Castro', 'Dubois', 'Ekström', 'Fischer', 'García', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski', 'Larsen', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Rossi', 'Sato', 'Tanaka', 'Weber'];
const TOPICS = ['trade and investment', 'energy security', 'climate finance', 'fisheries', 'a visa agreement', 'regional security', 'grain exports', 'cultural exchanges', 'nuclear non-proliferation', 'maritime boundaries'];
const ACTS = [
  (a: string, b: string, place: string, date: string) => `Foreign Minister ${a} met Foreign Minister ${b} in ${place} on ${date} for talks on`,
  (a: string, b: string, _place: string, date: string) => `Foreign Minister ${a} held a telephone conversation with Foreign Minister ${b} on ${date} about`,
  (a: string, b: string, place: string, date: string) => `Foreign Minister ${a} and Foreign Minister ${b} signed an agreement in ${place} on ${date} on`,
  (a: string, b: string, place: string, date: string) => `Foreign Minister ${a} invited Foreign Minister ${b} to visit ${place}, the ministry said on ${date}, to discuss`,
  (a: string, b: string, _place: string, date: string) => `Foreign Minister ${a} criticised Foreign Minister ${b} on ${date} over`,
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A small deterministic generator, so every run builds the same store. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function syntheticDocuments(n: number, seed = 7): { name: string; text: string }[] {
  const names = Object.values(countries.getNames('en', { select: 'official' })).filter((c) => !/[,(]/.test(c));
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const docs: { name: string; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const [c1, c2] = [pick(names), pick(names)];
    const a = `${pick(GIVEN)} ${pick(FAMILY)}`;
    const b = `${pick(GIVEN)} ${pick(FAMILY)}`;
    const y = 2015 + Math.floor(r() * 10);
    const m = Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const date = `${d} ${MONTHS[m]} ${y}`;
    const topic = pick(TOPICS);
    const text = [
      `Readout: ${c1} and ${c2} discuss ${topic}`,
      `${date}`,
      '',
      `${pick(ACTS)(`${a} of ${c1}`, `${b} of ${c2}`, `the capital of ${c2}`, date)} ${topic}.`,
      `The two ministers reviewed bilateral relations between ${c1} and ${c2} and agreed to continue the dialogue (note ${i}).`,
      `“We will keep working together on ${topic},” ${a} said after the meeting.`,
      `Both sides said a further round of consultations would take place in ${MONTHS[(m + 3) % 12]} ${y}.`,
      '',
    ].join('\n');
    docs.push({ name: `readout-${String(i).padStart(5, '0')}.txt`, text });
  }
  return docs;
}
