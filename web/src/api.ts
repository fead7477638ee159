// The JSON API the pages read (documented in the README); errors come back as {error}.
import type * as T from './types';

export class ApiError extends Error {}

async function get<R>(path: string): Promise<R> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }))) as R & { error?: string };
  if (!res.ok) throw new ApiError(body.error ?? `${res.status} ${res.statusText}`);
  return body;
}

const qs = (params: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const api = {
  config: () => get<T.Config>('/api/config'),
  documents: (offset = 0, limit = 100, filter: Record<string, string | undefined> = {}) => get<T.DocPage>(`/api/documents${qs({ ...filter, offset, limit })}`),
  document: (id: string) => get<T.ReaderView>(`/api/documents/${encodeURIComponent(id)}`),
  search: (q: string) => get<T.SearchResult>(`/api/search${qs({ q })}`),
  timeline: (f: T.TimelineFilter) => get<T.TimelineView>(`/api/timeline${qs({ ...f })}`),
  event: (id: string) => get<T.EventView>(`/api/events/${encodeURIComponent(id)}`),
  entities: (filter: Record<string, string | undefined>) => get<T.EntityList>(`/api/entities${qs(filter)}`),
  entity: (id: string) => get<T.EntityView>(`/api/entities/${encodeURIComponent(id)}`),
  quotes: (doc: string) => get<T.QuoteCheckView>(`/api/quotes${qs({ doc })}`),
  conflicts: (doc?: string) => get<{ conflicts: T.ConflictItem[] }>(`/api/conflicts${qs({ doc })}`),
  quotedDocuments: () => get<{ documents: T.QuotedDocument[] }>('/api/quoted-documents'),
  async ingest(name: string, data: string): Promise<T.IngestResponse> {
    const res = await fetch('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ files: [{ name, data }] }) });
    const body = (await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }))) as T.IngestResponse & { error?: string };
    if (!res.ok) throw new ApiError(body.error ?? `${res.status}`);
    return body;
  },
};
