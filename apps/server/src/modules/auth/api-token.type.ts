import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { UserEntity } from './user.entity';

@ObjectType('LoginResult')
export class LoginResult {
  @Field(() => String)
  token: string;

  @Field(() => UserEntity)
  user: UserEntity;
}

@ObjectType('ApiToken')
export class ApiToken {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The secret, shown once, in the answer to createApiToken' })
  token: string | null;
}
