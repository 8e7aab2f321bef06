import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AppConfig, ErrorBodyDto, InjectConfig, Public, SignedIn } from '@tribeworks/api-core';
import type { Response } from 'express';
import { AbilityFactory } from './ability.factory';
import { toPrincipal, type AuthenticatedRequest } from './access.guard';
import { AuthService, type ClientMeta } from './auth.service';
import {
  AcceptInvitationDto,
  ChangePasswordDto,
  ConfirmPasswordResetDto,
  LoginDto,
  RequestPasswordResetDto,
  SessionDto,
  SetupDto,
} from './dto/auth.dto';
import { clearSessionCookies, setSessionCookies } from './session-cookies';
import { csrfTokenFor } from './tokens';
import { toUserDto } from './user.mapper';
import type { User } from './user.entity';

function client(req: AuthenticatedRequest): ClientMeta {
  return { ip: req.ip ?? 'unknown', userAgent: req.headers['user-agent'] };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly abilities: AbilityFactory,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SessionDto, description: 'Signed in; the session cookie is set' })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'Wrong e-mail or password' })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto, description: 'Too many failed attempts' })
  async login(
    @Body() body: LoginDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionDto> {
    const { user, token } = await this.auth.login(body.email, body.password, client(req));
    return this.session(user, setSessionCookies(req, res, this.config, token));
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Signed out; the session is revoked' })
  async logout(
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    const session = req.session!;
    await this.auth.logout(session.user, session.tokenHash);
    clearSessionCookies(req, res, this.config);
  }

  @SignedIn()
  @Get('me')
  @ApiOkResponse({ type: SessionDto })
  me(@Req() req: AuthenticatedRequest): Promise<SessionDto> {
    const session = req.session!;
    return this.session(session.user, csrfTokenFor(session.token));
  }

  @SignedIn()
  @Post('password')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SessionDto, description: 'Changed; every other session is ended' })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  async changePassword(
    @Body() body: ChangePasswordDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionDto> {
    const { user, token } = await this.auth.changePassword(
      req.session!.user.id,
      body.currentPassword,
      body.newPassword,
      client(req),
    );
    return this.session(user, setSessionCookies(req, res, this.config, token));
  }

  @Public()
  @Post('invitations/accept')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Password set; sign in with it' })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Invalid, used or expired link' })
  acceptInvitation(@Body() body: AcceptInvitationDto): Promise<void> {
    return this.auth.acceptInvitation(body.token, body.password, body.displayName);
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'The same answer whether the account exists or not' })
  requestReset(@Body() body: RequestPasswordResetDto): Promise<void> {
    return this.auth.requestPasswordReset(body.email);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Password set; every session of the user is ended' })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Invalid, used or expired link' })
  confirmReset(@Body() body: ConfirmPasswordResetDto): Promise<void> {
    return this.auth.confirmPasswordReset(body.token, body.password);
  }

  @Public()
  @Post('setup')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'First admin created; sign in with it' })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Invalid, used or expired link' })
  setup(@Body() body: SetupDto): Promise<void> {
    return this.auth.completeSetup(body.token, body);
  }

  private async session(user: User, csrfToken: string): Promise<SessionDto> {
    return {
      user: toUserDto(user),
      csrfToken,
      permissions: await this.abilities.permissionsFor(toPrincipal(user)),
    };
  }
}
