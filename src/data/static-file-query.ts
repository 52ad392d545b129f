// How every static data file is queried. It never changes while the page is open, so it is
// never stale; and a file that failed stays failed until the person presses "retry" (or an
// automatic retry succeeds): a view that mounts another reader of it must not refetch it, which
// would make the alert vanish and come back.
export const STATIC_FILE_QUERY = {
  staleTime: Infinity,
  retryOnMount: false,
  refetchOnMount: false,
  refetchOnReconnect: false,
  refetchOnWindowFocus: false,
} as const;
