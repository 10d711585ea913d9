import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

// A small router over the History API: the client has a handful of routes, and a full routing
// library would cost more bundle than all of them together.

const listeners = new Set<() => void>();
let navigations = 0;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function notify(): void {
  navigations += 1;
  listeners.forEach((listener) => listener());
}

window.addEventListener('popstate', () => {
  navigations += 1;
});

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) {
    history.replaceState(null, '', to);
  } else {
    history.pushState(null, '', to);
    window.scrollTo(0, 0);
  }
  notify();
}

/** How many navigations happened since the page loaded: 0 on the first render, so focus stays put. */
export function navigationCount(): number {
  return navigations;
}

const currentLocation = () => location.pathname + location.search;

export interface CurrentLocation {
  pathname: string;
  search: URLSearchParams;
}

export function useLocation(): CurrentLocation {
  const href = useSyncExternalStore(subscribe, currentLocation);
  const url = new URL(href, location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}

/** A query parameter as state: changing it replaces the history entry (a view switch, not a page). */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const { search } = useLocation();
  const set = (value: string | null) => {
    const url = new URL(location.href);
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
    history.replaceState(null, '', url.pathname + url.search);
    listeners.forEach((listener) => listener());
  };
  return [search.get(name), set];
}

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
}

/** An ordinary link that changes the page without reloading; new tabs and downloads work as usual. */
export function Link({ to, onClick, ...props }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...props} />;
}
