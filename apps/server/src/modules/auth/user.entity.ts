import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '@cp/schema';

@Entity({ name: 'app_user' })
@ObjectType('User')
export class UserEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  username: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'full_name' })
  fullName: string;

  // Never a @Field.
  @Column({ type: 'text', name: 'password_hash' })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'uuid', name: 'agency_id', nullable: true })
  agencyId: string | null;

  @Column({ type: 'uuid', name: 'jurisdiction_id', nullable: true })
  jurisdictionId: string | null;

  @Field(() => String, { description: '"vi" (default) or "en"' })
  @Column({ type: 'text', default: 'vi' })
  locale: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
