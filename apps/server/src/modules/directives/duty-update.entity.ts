import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DutyStatus } from '@cp/schema';
import { DateTimeScalar } from '../../common/scalars';

export type IndicatorValue = { name: string; value: number };

@ObjectType('DutyIndicator')
export class DutyIndicator {
  @Field(() => String)
  name: string;

  @Field(() => Int)
  value: number;
}

@Entity({ name: 'duty_update' })
@ObjectType('DutyUpdate')
export class DutyUpdateEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'duty_id' })
  dutyId: string;

  @Column({ type: 'text', name: 'period_code' })
  periodCode: string;

  // DRAFT while the agency's officers write it; SUBMITTED once the head (or commune chair) sends it.
  @Field(() => Boolean, { description: 'Sent by the agency head or commune chair; false while a draft' })
  get submitted(): boolean {
    return this.state === 'SUBMITTED';
  }

  @Column({ type: 'text' })
  state: 'DRAFT' | 'SUBMITTED';

  @Field(() => DutyStatus)
  @Column({ type: 'text' })
  status: DutyStatus;

  @Field(() => Int, { description: '0..100' })
  @Column({ type: 'integer' })
  progress: number;

  @Field(() => String)
  @Column({ type: 'text' })
  summary: string;

  @Field(() => [DutyIndicator])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  indicators: IndicatorValue[];

  @Field(() => Boolean, { description: "Submitted after the period's due date" })
  @Column({ type: 'boolean', default: false })
  late: boolean;

  @Column({ type: 'uuid', name: 'updated_by' })
  updatedBy: string;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'uuid', name: 'submitted_by', nullable: true })
  submittedById: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;
}

@Entity({ name: 'duty_update_revision' })
@ObjectType('DutyUpdateRevision')
export class DutyUpdateRevisionEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'update_id' })
  updateId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Field(() => Boolean)
  get submitted(): boolean {
    return this.state === 'SUBMITTED';
  }

  @Column({ type: 'text' })
  state: 'DRAFT' | 'SUBMITTED';

  @Field(() => DutyStatus)
  @Column({ type: 'text' })
  status: DutyStatus;

  @Field(() => Int)
  @Column({ type: 'integer' })
  progress: number;

  @Field(() => String)
  @Column({ type: 'text' })
  summary: string;

  @Field(() => [DutyIndicator])
  @Column({ type: 'jsonb' })
  indicators: IndicatorValue[];

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  late: boolean;

  @Column({ type: 'uuid', name: 'by_user' })
  byUserId: string;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}

@Entity({ name: 'duty_attachment' })
@ObjectType('DutyAttachment')
export class DutyAttachmentEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'update_id' })
  updateId: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'file_name' })
  fileName: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'content_type' })
  contentType: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  size: number;

  // Never selected with the metadata: the bytes are read by the download route only.
  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ type: 'uuid', name: 'uploaded_by' })
  uploadedBy: string;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', name: 'uploaded_at', default: () => 'now()' })
  uploadedAt: Date;

  @Field(() => String, { description: 'Where to download it (same-origin, signed-in)' })
  get url(): string {
    return `/api/attachments/${this.id}`;
  }
}
