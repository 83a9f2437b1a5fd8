import { ApiError } from '../api/rest';
import { useT } from '../i18n';

/** A failed REST call as a short sentence, with the server's ProblemDetails text when there is one. */
export function ErrorMessage({ error }: { error: Error }) {
  const t = useT();
  const text =
    error instanceof ApiError && error.status > 0
      ? `${t('error.HTTP', { status: error.status })} ${error.message}`
      : t('error.NETWORK');
  return (
    <p className="form-error" role="alert" data-testid="error-message">
      {text}
    </p>
  );
}
