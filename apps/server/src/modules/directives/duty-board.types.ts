import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgencyEntity } from '../admin-units/agency.entity';

// How a cell of the board (one agency, one section) stands for the period, worst first.
export enum BoardState {
  MISSING = 'MISSING', // due date passed, some duty without a submitted update
  LATE = 'LATE', // all submitted, some after the due date
  DONE = 'DONE', // every duty reported done
  UPDATED = 'UPDATED', // every duty has a submitted update
  PARTIAL = 'PARTIAL', // some duties updated, not yet due
  PENDING = 'PENDING', // nothing submitted, not yet due
}
registerEnumType(BoardState, { name: 'BoardState' });

@ObjectType('DutyBoardCell')
export class DutyBoardCell {
  @Field(() => String)
  section: string;

  @Field(() => Int)
  duties: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  late: number;

  @Field(() => Int)
  missing: number;

  @Field(() => BoardState)
  state: BoardState;
}

@ObjectType('AgencyProgress')
export class AgencyProgress {
  agencyId: string;

  @Field(() => AgencyEntity)
  agency?: AgencyEntity;

  @Field(() => Int)
  duties: number;

  @Field(() => Int, { description: 'Duties with a submitted update for the period' })
  updated: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  late: number;

  @Field(() => Int, { description: 'No submitted update and the due date has passed' })
  missing: number;

  @Field(() => BoardState)
  state: BoardState;

  @Field(() => [DutyBoardCell], { description: 'One cell per section of the directive that gives this agency duties' })
  sections: DutyBoardCell[];
}
