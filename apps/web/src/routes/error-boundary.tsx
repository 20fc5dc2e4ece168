import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router-dom';
import { toApiError } from '../apollo/errors';
import { ErrorState } from '../ui/ErrorState';

// Rendered in place of a route that failed: in its loader (403 from requirePermission, network)
// or while rendering (a query error thrown by useReadQuery).
export const RouteErrorBoundary = () => {
  const error = useRouteError();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const home = { label: t('common.backHome'), onClick: () => void navigate('/') };
  const retry = { label: t('common.retry'), onClick: () => window.location.reload() };

  const status = isRouteErrorResponse(error) ? error.status : null;
  const apiError = status === null ? toApiError(error) : null;

  if (status === 403 || apiError?.code === 'FORBIDDEN') {
    return <ErrorState title={t('errors.forbiddenTitle')} message={t('errors.forbidden')} actions={[home]} />;
  }
  if (status === 404) {
    return <ErrorState title={t('errors.notFoundTitle')} message={t('errors.notFound')} actions={[home]} />;
  }
  if (apiError?.code === 'NOT_FOUND') {
    return <ErrorState title={t('errors.notFoundTitle')} message={t('errors.recordNotFound')} actions={[home]} />;
  }
  const message =
    apiError?.message ?? (apiError?.code === 'NETWORK' ? t('errors.network') : t('errors.unknown'));
  return <ErrorState title={t('errors.title')} message={message} actions={[retry, home]} />;
};

export const NotFoundRoute = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ErrorState
      title={t('errors.notFoundTitle')}
      message={t('errors.notFound')}
      actions={[{ label: t('common.backHome'), onClick: () => void navigate('/') }]}
    />
  );
};
