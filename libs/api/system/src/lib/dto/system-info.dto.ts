import { ApiProperty } from '@nestjs/swagger';
import { SUPPORTED_LOCALES, type Locale } from '@tribeworks/contracts';

export class SystemInfoDto {
  @ApiProperty({ example: 'Tribeworks' })
  name!: string;

  @ApiProperty({ example: '0.1.0' })
  version!: string;

  @ApiProperty({ enum: SUPPORTED_LOCALES })
  defaultLocale!: Locale;

  @ApiProperty({ enum: SUPPORTED_LOCALES, isArray: true })
  locales!: Locale[];
}
