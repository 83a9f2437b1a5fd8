import { useEffect, useState } from 'react';

export type FetchState<T> = { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: Error };

/** Loads once per `key`; aborts when the component goes away or the key changes. */
export function useFetch<T>(load: (signal: AbortSignal) => Promise<T>, key: string): FetchState<T> {
  const [state, setState] = useState<FetchState<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => setState({ status: 'ok', data }),
      (error: Error) => !controller.signal.aborted && setState({ status: 'error', error }),
    );
    return () => controller.abort();
    // `load` is recreated on each render; `key` says when it means something else.
  }, [key]);
  return state;
}
