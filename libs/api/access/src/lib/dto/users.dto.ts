import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APP_ROLES, type AppRole, type Locale, SUPPORTED_LOCALES } from '@tribeworks/contracts';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { UserDto } from './auth.dto';

export class InviteUserDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ enum: APP_ROLES, enumName: 'AppRole', isArray: true })
  @IsArray()
  @IsIn(APP_ROLES, { each: true, message: `roles must each be one of ${APP_ROLES.join(', ')}` })
  @ArrayUnique()
  roles!: AppRole[];

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES, enumName: 'Locale' })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class InvitationDto {
  @ApiProperty({ type: UserDto })
  user!: UserDto;

  @ApiProperty({ description: 'One-time link for the new user to set a password (7 days)' })
  invitationUrl!: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: APP_ROLES, enumName: 'AppRole', isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(APP_ROLES, { each: true, message: `roles must each be one of ${APP_ROLES.join(', ')}` })
  @ArrayUnique()
  roles?: AppRole[];

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES, enumName: 'Locale' })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;

  @ApiProperty({ description: 'The version you read; a newer one means someone else changed it' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ResetLinkDto {
  @ApiProperty({ description: 'One-time link to set a new password (2 hours)' })
  resetUrl!: string;
}
