// An alert that says what failed to load and offers a retry. Texts come from the caller.
import './data-error.css';

interface DataErrorProps {
  heading: string;
  message: string;
  hint?: string;
  retryLabel: string;
  onRetry: () => void;
  retrying?: boolean;
}

export function DataError({
  heading,
  message,
  hint,
  retryLabel,
  onRetry,
  retrying,
}: DataErrorProps) {
  return (
    <div role="alert" className="data-error">
      <p className="data-error__heading">{heading}</p>
      <p className="data-error__message">{message}</p>
      {hint ? <p className="data-error__hint">{hint}</p> : null}
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retryLabel}
      </button>
    </div>
  );
}
