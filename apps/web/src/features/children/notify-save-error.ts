import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { toApiError, type ApiError } from '../../apollo/errors';

/** Tells the user why a save failed and hands back the details for the form to place. */
export const notifySaveError = (error: unknown, t: TFunction): ApiError => {
  const apiError = toApiError(error);
  notifications.show({
    color: 'red',
    title: t('errors.title'),
    // BAD_USER_INPUT comes with the server's summary; the field messages go under the inputs.
    message: apiError.message ?? (apiError.code === 'NETWORK' ? t('errors.network') : t('errors.unknown')),
  });
  return apiError;
};
