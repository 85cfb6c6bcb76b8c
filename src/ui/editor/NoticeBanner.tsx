import { updateView, useViewValue } from '../store/viewStore.ts';
import { saveTextFile } from './toolbar/saveTextFile.ts';

/** A refused import, a failed export or an autosave that did not open, in words, until dismissed or the graph is replaced. */
export function NoticeBanner() {
  const notice = useViewValue((view) => view.notice);
  if (!notice) return null;
  const { download } = notice;
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
      <div className="notice__actions">
        {download && (
          <button type="button" className="button" onClick={() => saveTextFile(download.fileName, download.text)}>
            {download.label}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={() => updateView({ notice: null })}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
