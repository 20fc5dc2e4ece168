import { Role, SignInLockoutKind } from '@cp/schema';
import { defineModule } from '../../common/module';
import { SessionEntity } from './session.entity';
import { purgeLoginAttemptsJob } from './purge-login-attempts.job';
import { SessionResolver } from './session.resolver';
import { SignInLockoutResolver } from './sign-in-lockout.resolver';
import { UserEntity } from './user.entity';
import { createUserLoaders } from './user.loaders';

// Users, sessions and API tokens; sign-in and its limits. The auth checker, the permission
// decorators and the access-scope builders every module uses live here too.
export const authModule = defineModule({
  name: 'auth',
  resolvers: [SessionResolver, SignInLockoutResolver],
  entities: [UserEntity, SessionEntity],
  tables: ['login_attempt', 'api_token_usage'],
  enums: { Role, SignInLockoutKind },
  jobs: [purgeLoginAttemptsJob],
  loaders: () => createUserLoaders(),
});
