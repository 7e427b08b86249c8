import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { UsersContext } from '../context';
import { AuthPayload } from '../user/user.type';
import { LoginInput, SignUpInput } from '../user/user.inputs';
import type { AuthResult } from './auth.service';

/** Sessions: sign-up, login, refresh rotation, logout. */
@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Creates a BUYER account and logs it in' })
  signUp(@Arg('input') input: SignUpInput, @Ctx() ctx: UsersContext): Promise<AuthResult> {
    return ctx.services.auth.signUp(ctx, input);
  }

  @Mutation(() => AuthPayload, { description: 'Logs in by username or email; rate-limited' })
  login(@Arg('input') input: LoginInput, @Ctx() ctx: UsersContext): Promise<AuthResult> {
    return ctx.services.auth.login(ctx, input.usernameOrEmail, input.password);
  }

  @Mutation(() => AuthPayload, {
    description: 'Spends a refresh token for a new pair; reusing a spent token ends the session',
  })
  refreshToken(@Arg('refreshToken') refreshToken: string, @Ctx() ctx: UsersContext): Promise<AuthResult> {
    return ctx.services.auth.refresh(ctx, refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token' })
  logout(@Arg('refreshToken') refreshToken: string, @Ctx() ctx: UsersContext): Promise<boolean> {
    return ctx.services.auth.logout(ctx, refreshToken);
  }
}
