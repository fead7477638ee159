// Add documents: drop files or paste text/HTML; each goes through the same ingest as the CLI and
// comes back with the CLI's one-line result ("stored: …", "error: FILE: reason").
import { api } from '../api';
import { h, fill, link } from '../dom';
import type { IngestResponse } from '../types';

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export async function addPage(root: HTMLElement): Promise<void> {
  const { maxUploadBytes } = await api.config();
  const log = h('ul', { class: 'ingest-log', id: 'ingest-log' });
  const say = (cls: string, ...parts: (string | Node)[]) => log.append(h('li', { class: cls }, ...parts));

  const send = async (name: string, bytes: Uint8Array) => {
    if (bytes.length > maxUploadBytes) return say('error', `error: ${name}: ${bytes.length} bytes is over the size limit of ${maxUploadBytes} bytes`);
    let res: IngestResponse;
    try {
      res = await api.ingest(name, toBase64(bytes));
    } catch (err) {
      return say('error', `error: ${name}: ${(err as Error).message}`);
    }
    for (const r of res.results) {
      if (r.status === 'stored') say('stored', 'stored: ', link(`doc/${r.id}`, r.title ?? r.source), r.duplicateOf ? ` (duplicate of ${r.duplicateOf})` : '');
      else if (r.status === 'already') say('already', 'already stored: ', link(`doc/${r.id}`, r.source));
      else say(r.status === 'failed' ? 'error' : 'warning', `${r.status === 'failed' ? 'error' : 'warning'}: ${r.source}: ${r.reason}`);
    }
  };
  const sendFiles = async (files: FileList | null) => {
    for (const f of Array.from(files ?? [])) await send(f.name, new Uint8Array(await f.arrayBuffer()));
  };

  const picker = h('input', { type: 'file', multiple: true, accept: '.txt,.md,.html,.htm,.json,.jsonl,.gz', change: () => void sendFiles(picker.files) });
  const drop = h('div', { class: 'dropzone', id: 'dropzone' }, h('p', null, 'Drop text or HTML files here'), h('p', { class: 'muted' }, 'or choose them: '), picker);
  drop.addEventListener('dragover', (ev) => (ev.preventDefault(), drop.classList.add('over')));
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault();
    drop.classList.remove('over');
    void sendFiles((ev as DragEvent).dataTransfer?.files ?? null);
  });

  const name = h('input', { type: 'text', name: 'name', value: 'pasted.txt', 'aria-label': 'file name' });
  const format = h('select', { name: 'format', 'aria-label': 'format', change: () => (name.value = name.value.replace(/\.(txt|html)$/, '') + (format.value === 'html' ? '.html' : '.txt')) },
    h('option', { value: 'text' }, 'plain text'), h('option', { value: 'html' }, 'HTML'));
  const area = h('textarea', { name: 'text', rows: 10, placeholder: 'Paste a press release, a transcript, a news story or a page’s HTML…' });
  const paste = h('form', { class: 'paste', submit: (ev: Event) => {
    ev.preventDefault();
    void send(name.value.trim() || 'pasted.txt', new TextEncoder().encode(area.value)).then(() => (area.value = ''));
  } }, h('div', { class: 'row' }, h('label', null, 'Name ', name), h('label', null, 'Format ', format)), area, h('button', { type: 'submit' }, 'Add this text'));

  fill(root,
    h('h1', null, 'Add documents'),
    h('p', { class: 'muted' }, `Files are ingested exactly as “attache ingest” would (at most ${Math.round(maxUploadBytes / 1024 / 1024)} MB each): same limits, same errors, duplicates recognised.`),
    h('div', { class: 'add-grid' }, drop, paste),
    h('h2', null, 'Results'),
    log,
  );
}
