using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace AntiCor.Core.Security;

public enum AuthenticatorCodeState
{
    Wrong,
    AlreadyUsed,
    Fresh,
}

/// <summary>
/// Identity's authenticator-app provider, made single use: a code is accepted once, and no code
/// of the same or an earlier time step after it, so a code read over a shoulder or from a
/// phishing page cannot be replayed within its window. The last accepted step is a token row of
/// the user (no schema change); the audit trail hides token values like any other credential.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string TokenProvider = "AntiCor";
    public const string LastStepToken = "LastTotpStep";
    public const string AlreadyUsedMessage = "Цей код уже використано; дочекайтеся наступного.";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The codes come from the user's app; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var (state, step) = await CheckAsync(manager, user, token);
        if (state != AuthenticatorCodeState.Fresh)
        {
            return false;
        }

        // Saving the token updates the user row under its concurrency stamp: of two requests racing
        // with the same code, the second fails here instead of signing in too.
        var saved = await manager.SetAuthenticationTokenAsync(user, TokenProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }

    /// <summary>What a code is for this user now, without using it up: for the message after a refusal.</summary>
    public async Task<AuthenticatorCodeState> StateOfAsync(UserManager<AppUser> manager, AppUser user, string code) =>
        (await CheckAsync(manager, user, code)).State;

    private async Task<(AuthenticatorCodeState State, long Step)> CheckAsync(UserManager<AppUser> manager, AppUser user, string code)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || AuthenticatorCodes.MatchingStep(key, code, time.GetUtcNow()) is not { } step)
        {
            return (AuthenticatorCodeState.Wrong, 0);
        }

        var last = await manager.GetAuthenticationTokenAsync(user, TokenProvider, LastStepToken);
        var used = long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep;
        return (used ? AuthenticatorCodeState.AlreadyUsed : AuthenticatorCodeState.Fresh, step);
    }
}
