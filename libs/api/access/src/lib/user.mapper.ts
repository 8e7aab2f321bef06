import type { UserDto } from './dto/auth.dto';
import type { User } from './user.entity';

export function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    locale: user.locale,
    isActive: user.isActive,
    hasPassword: Boolean(user.passwordHash),
    version: user.version,
    createdAt: user.createdAt.toISOString(),
  };
}
