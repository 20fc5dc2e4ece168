import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'caregiver' })
@ObjectType('Caregiver')
export class CaregiverEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'child_id' })
  childId: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Field(() => String)
  @Column({ type: 'text', name: 'full_name' })
  fullName: string;

  @Field(() => String)
  @Column({ type: 'text' })
  relationship: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', name: 'birth_year', nullable: true })
  birthYear: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  occupation: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;
}
