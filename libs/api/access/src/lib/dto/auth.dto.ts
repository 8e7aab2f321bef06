import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APP_ROLES,
  type AppRole,
  type Locale,
  PASSWORD_MAX_LENGTH,
  SUPPORTED_LOCALES,
} from '@tribeworks/contracts';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'chapterlead@tribeworks.demo' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: APP_ROLES, enumName: 'AppRole', isArray: true })
  roles!: AppRole[];

  @ApiProperty({ enum: SUPPORTED_LOCALES, enumName: 'Locale' })
  locale!: Locale;

  @ApiProperty()
  isActive!: boolean;

  @ApiProperty({ description: 'False while an invitation is not yet accepted' })
  hasPassword!: boolean;

  @ApiProperty({ description: 'Send back on update (optimistic locking)' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class PermissionDto {
  @ApiProperty()
  action!: string;

  @ApiProperty()
  subject!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Only for records matching these conditions (MongoDB query syntax, as CASL evaluates it), e.g. `{ "squadId": { "$in": ["…"] } }`; absent: every record',
  })
  conditions?: Record<string, unknown>;

  @ApiPropertyOptional({
    type: [String],
    description: 'Only these fields (absent: every field)',
  })
  fields?: string[];
}

export class SessionDto {
  @ApiProperty({ type: UserDto })
  user!: UserDto;

  @ApiProperty({ description: 'Send in the x-csrf-token header on every write' })
  csrfToken!: string;

  @ApiProperty({
    type: [PermissionDto],
    description: 'What the user may do, by kind of thing (for showing or hiding actions)',
  })
  permissions!: PermissionDto[];
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class AcceptInvitationDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  token!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  displayName?: string;
}

export class RequestPasswordResetDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;
}

export class ConfirmPasswordResetDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  token!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class SetupDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  token!: string;

  @ApiProperty()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
