import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReviewNote } from './review-note.entity';
import { ReviewNotesResolver } from './review-notes.resolver';
import { ReviewNotesService } from './review-notes.service';

@Module({
  imports: [TypeOrmModule.forFeature([ReviewNote])],
  providers: [ReviewNotesService, ReviewNotesResolver],
  // The review pack's export includes the notes.
  exports: [ReviewNotesService],
})
export class ReviewNotesModule {}
