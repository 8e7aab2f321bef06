import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Access, Can, ErrorBodyDto, type RequestAccess } from '@tribeworks/api-core';
import {
  CreateMembershipDto,
  EndMembershipDto,
  MembershipDto,
  MembershipPageDto,
  MembershipQueryDto,
  MoveMembershipDto,
  MoveResultDto,
} from './dto/membership.dto';
import { MembershipsService } from './memberships.service';

const LIMIT_REACHED = {
  type: ErrorBodyDto,
  description:
    'A limit is reached (squad_full, tribe_full, too_many_squads, fte_exceeded): details hold rule, unit, current and limit',
};
const INVALID_STATE = {
  type: ErrorBodyDto,
  description:
    'An invalid state (membership_overlap, chapter_overlap, invalid_period, product_owner_must_stay_member, ...)',
};

@ApiTags('organisation')
@Controller('memberships')
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Can('read', 'Membership')
  @Get()
  @ApiOperation({
    summary: 'Memberships, filtered by person, kind, unit, tribe and day (or current)',
  })
  @ApiOkResponse({ type: MembershipPageDto })
  list(@Query() query: MembershipQueryDto): Promise<MembershipPageDto> {
    return this.memberships.list(query);
  }

  @Can('read', 'Membership')
  @Get(':id')
  @ApiOkResponse({ type: MembershipDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<MembershipDto> {
    return this.memberships.get(id);
  }

  @Can('create', 'Membership')
  @Post()
  @ApiOperation({
    summary: 'Start a membership (squad, chapter, guild or department) under the rules',
    description:
      'A new chapter membership ends the current one on its first day (one chapter at a time).',
  })
  @ApiCreatedResponse({ type: MembershipDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse(LIMIT_REACHED)
  @ApiUnprocessableEntityResponse(INVALID_STATE)
  start(
    @Access() access: RequestAccess,
    @Body() body: CreateMembershipDto,
  ): Promise<MembershipDto> {
    return this.memberships.start(body, access);
  }

  @Can('update', 'Membership')
  @Post('move')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Move a person from one squad to another on a day: ends one membership and starts another, atomically',
    description:
      'A membership that started on the day of the move held on no day: it is removed rather than ended. Moving into a squad the person left on that day (same FTE) resumes that membership, so moving back on the same day leaves the history as it was.',
  })
  @ApiOkResponse({ type: MoveResultDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse(LIMIT_REACHED)
  @ApiUnprocessableEntityResponse(INVALID_STATE)
  move(@Access() access: RequestAccess, @Body() body: MoveMembershipDto): Promise<MoveResultDto> {
    return this.memberships.move(body, access);
  }

  @Can('update', 'Membership')
  @Post(':id/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'End a membership on a day (the first day without it); history stays' })
  @ApiOkResponse({ type: MembershipDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Changed by someone else meanwhile' })
  @ApiUnprocessableEntityResponse(INVALID_STATE)
  end(
    @Access() access: RequestAccess,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: EndMembershipDto,
  ): Promise<MembershipDto> {
    return this.memberships.end(id, body, access);
  }

  @Can('delete', 'Membership')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a membership entered by mistake (to end one, use end)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  remove(@Access() access: RequestAccess, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.memberships.remove(id, access);
  }
}
