// The library's search and filters live in the URL (#/papers?q=…&theme=…), so a teacher can share a filtered list
// and the back button keeps it. Updates replace the history entry rather than adding one per keystroke.
import { useCallback, useState } from 'react';
import { formatPaperQuery, parsePaperQuery, type PaperQuery } from '../../papers/paper-search.ts';

function queryFromHash(): PaperQuery {
  const mark = location.hash.indexOf('?');
  return parsePaperQuery(mark < 0 ? '' : location.hash.slice(mark + 1));
}

export function usePaperQuery(): [PaperQuery, (next: PaperQuery) => void] {
  const [query, setQuery] = useState(queryFromHash);
  const update = useCallback((next: PaperQuery) => {
    setQuery(next);
    const search = formatPaperQuery(next);
    history.replaceState(history.state, '', `#/papers${search ? `?${search}` : ''}`);
  }, []);
  return [query, update];
}
