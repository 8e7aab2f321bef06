import { ApiProperty } from '@nestjs/swagger';

export type ServiceState = 'up' | 'down';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status!: 'ok' | 'degraded';

  @ApiProperty({ enum: ['up', 'down'] })
  db!: ServiceState;

  @ApiProperty({ enum: ['up', 'down'] })
  redis!: ServiceState;

  @ApiProperty({
    enum: ['on', 'off'],
    description:
      'Whether this process serves hot reads from memory: on while it receives the database change notifications that keep them true (READ_CACHE)',
  })
  readCache!: 'on' | 'off';

  @ApiProperty({ type: [String], example: [], description: 'Names of the services that are down' })
  down!: string[];

  @ApiProperty({ example: 'All services are up' })
  message!: string;
}
