import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Can, ErrorBodyDto } from '@tribeworks/api-core';
import { UserDto } from './dto/auth.dto';
import { InvitationDto, InviteUserDto, ResetLinkDto, UpdateUserDto } from './dto/users.dto';
import { toUserDto } from './user.mapper';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Can('read', 'User')
  @Get()
  @ApiOkResponse({ type: [UserDto] })
  async list(): Promise<UserDto[]> {
    return (await this.users.list()).map(toUserDto);
  }

  @Can('read', 'User')
  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<UserDto> {
    return toUserDto(await this.users.get(id));
  }

  @Can('create', 'User')
  @Post('invitations')
  @ApiCreatedResponse({ type: InvitationDto, description: 'Invited; hand over the link' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'E-mail address already in use' })
  async invite(@Body() body: InviteUserDto): Promise<InvitationDto> {
    const { user, invitationUrl } = await this.users.invite(body);
    return { user: toUserDto(user), invitationUrl };
  }

  @Can('update', 'User')
  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Changed by someone else meanwhile' })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserDto> {
    return toUserDto(await this.users.update(id, body));
  }

  @Can('update', 'User')
  @Post(':id/password-reset')
  @ApiCreatedResponse({ type: ResetLinkDto })
  async resetLink(@Param('id', ParseUUIDPipe) id: string): Promise<ResetLinkDto> {
    return { resetUrl: await this.users.createResetLink(id) };
  }
}
