import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { MANAGERS } from '../auth/role-groups';
import { ReviewNotesArgs, SaveReviewNotesInput } from './dto/review-notes.inputs';
import { ReviewNoteEditor } from './dto/review-notes.types';
import { ReviewNote } from './review-note.entity';
import { ReviewNotesService } from './review-notes.service';

/** The review's notes and decisions belong to the managers who run the review. */
@Resolver(() => ReviewNote)
@Roles(MANAGERS)
export class ReviewNotesResolver {
  constructor(private readonly notes: ReviewNotesService) {}

  @Query(() => ReviewNote, {
    nullable: true,
    description: "The review's notes and decisions for the period; null when none were saved.",
  })
  reviewNotes(@Args() { from, to }: ReviewNotesArgs): Promise<ReviewNote | null> {
    return this.notes.find(from, to);
  }

  @Mutation(() => ReviewNote, {
    description:
      "Saves the whole text of the period's notes. Refused with CONFLICT, naming who saved and when, if someone saved since expectedVersion.",
  })
  saveReviewNotes(
    @Args('input') input: SaveReviewNotesInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReviewNote> {
    return this.notes.save(input, principal);
  }

  @ResolveField(() => ReviewNoteEditor, {
    nullable: true,
    description: 'Who saved last; null if that user was removed.',
  })
  updatedBy(@Parent() note: ReviewNote): ReviewNoteEditor | null {
    return note.updatedBy ? { id: note.updatedBy.id, name: note.updatedBy.displayName } : null;
  }
}
