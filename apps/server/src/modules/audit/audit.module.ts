import { defineModule } from '../../common/module';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventResolver } from './audit-event.resolver';

// The append-only audit log (every module writes it through audit.service.ts), its reading for
// auditors, and the restricted-field mechanism (restricted.ts).
export const auditModule = defineModule({
  name: 'audit',
  resolvers: [AuditEventResolver],
  entities: [AuditEventEntity],
});
