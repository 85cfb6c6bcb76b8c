import { updateView, useViewValue } from '../store/viewStore.ts';

/** A refused import or failed export, in words, until the user dismisses it or the graph is replaced. */
export function NoticeBanner() {
  const notice = useViewValue((view) => view.notice);
  if (!notice) return null;
  return (
    <div className="notice" role="alert">
      <div>
        <p className="notice__title">{notice.title}</p>
        <ul className="notice__details">
          {notice.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--quiet" onClick={() => updateView({ notice: null })}>
        Dismiss
      </button>
    </div>
  );
}
