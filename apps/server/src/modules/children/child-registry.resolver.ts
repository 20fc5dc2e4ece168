import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { CurrentActor } from '../../common/current-actor';
import { ageInYears } from '../../common/dates';
import { AuditEventEntity } from '../audit/audit-event.entity';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { childCircumstanceService } from './child-circumstance.service';
import { childMergeService } from './child-merge.service';
import { ChildEntity } from './child.entity';
import { childService } from './child.service';
import { AddCircumstanceInput, EndCircumstanceInput } from './dto/circumstance.input';
import { DuplicateCheckInput, MergeChildrenInput } from './dto/merge-children.input';

// The law protects children under 16 (Law on Children, art. 1); the registry keeps them on
// record after that and flags them.
export const CHILD_AGE_LIMIT = 16;

@Resolver(() => ChildEntity)
export class ChildRegistryResolver {
  @RequirePermission(Permission.CHILD_WRITE)
  @Mutation(() => ChildEntity)
  addChildCircumstance(
    @Arg('input', () => AddCircumstanceInput) input: AddCircumstanceInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ChildEntity> {
    return childCircumstanceService.add({ ...ctx, actor }, input);
  }

  @RequirePermission(Permission.CHILD_WRITE)
  @Mutation(() => ChildEntity)
  endChildCircumstance(
    @Arg('input', () => EndCircumstanceInput) input: EndCircumstanceInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ChildEntity> {
    return childCircumstanceService.end({ ...ctx, actor }, input);
  }

  @RequirePermission(Permission.CHILD_MERGE)
  @Mutation(() => ChildEntity, { description: 'Lead officer: merge a duplicate into the record to keep' })
  mergeChildren(
    @Arg('input', () => MergeChildrenInput) input: MergeChildrenInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ChildEntity> {
    return childMergeService.merge({ ...ctx, actor }, input);
  }

  @RequirePermission(Permission.CHILD_WRITE)
  @Query(() => [ChildEntity], { description: 'Registered children that may be the child about to be registered' })
  childDuplicateCandidates(
    @Arg('input', () => DuplicateCheckInput) input: DuplicateCheckInput,
    @CurrentActor() actor: Actor,
  ): Promise<ChildEntity[]> {
    return childService.duplicateCandidates(actor, input);
  }

  @FieldResolver(() => [ChildEntity], { description: 'Same person recorded twice, within your jurisdiction' })
  possibleDuplicates(@Root() child: ChildEntity, @Ctx() ctx: Context): Promise<ChildEntity[]> {
    return ctx.loaders.possibleDuplicates.load(child.id);
  }

  @FieldResolver(() => Boolean, { description: `Aged ${CHILD_AGE_LIMIT} or more: kept on record, flagged` })
  agedOut(@Root() child: ChildEntity): boolean {
    return ageInYears(child.dateOfBirth) >= CHILD_AGE_LIMIT;
  }

  @FieldResolver(() => [AuditEventEntity], { description: 'Writes to this record (and records merged into it), newest first' })
  changeHistory(@Root() child: ChildEntity, @Ctx() ctx: Context): Promise<AuditEventEntity[]> {
    return ctx.loaders.changeHistory.load(child.id);
  }
}
