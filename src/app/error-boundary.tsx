// Last line of defence for "never a blank page": a part of the page that throws while rendering
// (an unforeseen link or data case) is replaced by a message and a way back to the default view;
// the header, the filters and the rest of the page stay.
import { Component, type ReactNode } from 'react';
import { useT } from '../hooks/use-t';
// the same look as a data file that failed (components/ui/data-error.tsx)
import '../components/ui/data-error.css';

function Fallback() {
  const t = useT();
  return (
    <div role="alert" className="data-error">
      <p className="data-error__heading">{t('app.crashed')}</p>
      <p>
        <a href={window.location.pathname}>{t('app.crashedReset')}</a>
      </p>
    </div>
  );
}

interface ErrorBoundaryState {
  failed: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.failed ? <Fallback /> : this.props.children;
  }
}
