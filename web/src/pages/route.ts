// The route a page is rendered for (kept apart from the shell so pages do not import it).
export interface Route {
  page: string;
  arg: string;
  query: URLSearchParams;
}
