// Fetches each of a kind of built JSON file once per page view, checked on arrival, and shares the
// request between every part of the page that asks. A failed fetch is forgotten, so the next ask
// tries again.

/**
 * A loader for the files at `urlOf(key)`: `accept` checks each file (it may read the key, as a title
 * file must name its own title); a file it refuses rejects as a failed fetch would.
 */
export function jsonFileLoader<T>(
  urlOf: (key: string) => string,
  accept: (data: unknown, key: string) => data is T,
): (key: string) => Promise<T> {
  const requests = new Map<string, Promise<T>>();
  return (key) => {
    const known = requests.get(key);
    if (known) return known;
    const request = fetch(urlOf(key))
      .then((response) => response.json())
      .then((data: unknown) => {
        if (!accept(data, key)) throw new Error(`Unexpected file at ${urlOf(key)}`);
        return data;
      })
      .catch((error: unknown) => {
        requests.delete(key);
        throw error;
      });
    requests.set(key, request);
    return request;
  };
}
