import { defineModule } from '../../common/module';
import { NotificationEntity } from './notification.entity';
import { NotificationResolver } from './notification.resolver';

// In-app notifications (the bell); other modules notify through notification.service.ts.
export const notificationsModule = defineModule({
  name: 'notifications',
  resolvers: [NotificationResolver],
  entities: [NotificationEntity],
});
