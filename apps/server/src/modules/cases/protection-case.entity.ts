import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AbuseForm, CaseStatus, ProtectionLevel, RiskLevel, SpecialCircumstance } from '@cp/schema';
import { DateTimeScalar } from '../../common/scalars';

@Entity({ name: 'protection_case' })
@ObjectType('ProtectionCase')
export class ProtectionCaseEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'uuid', name: 'child_id' })
  childId: string;

  @Column({ type: 'uuid', name: 'commune_id' })
  communeId: string;

  @Column({ type: 'text', name: 'unit_path', insert: false, update: false })
  unitPath: string;

  @Field(() => ProtectionLevel)
  @Column({ type: 'text' })
  level: ProtectionLevel;

  @Field(() => CaseStatus)
  @Column({ type: 'text' })
  status: CaseStatus;

  @Field(() => RiskLevel, { nullable: true })
  @Column({ type: 'text', name: 'risk_level', nullable: true })
  riskLevel: RiskLevel | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  emergency: boolean;

  @Field(() => [SpecialCircumstance])
  @Column({ type: 'text', array: true })
  circumstances: SpecialCircumstance[];

  @Field(() => [AbuseForm])
  @Column({ type: 'text', array: true, name: 'abuse_forms' })
  abuseForms: AbuseForm[];

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', name: 'received_at' })
  receivedAt: Date;

  @Column({ type: 'uuid', name: 'assigned_to', nullable: true })
  assignedTo: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', name: 'referred_to_police', default: false })
  referredToPolice: boolean;

  @Column({ type: 'timestamptz', name: 'referred_at', nullable: true })
  referredAt: Date | null;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', name: 'opened_at', default: () => 'now()' })
  openedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', name: 'closed_by', nullable: true })
  closedBy: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'closure_reason', nullable: true })
  closureReason: string | null;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
