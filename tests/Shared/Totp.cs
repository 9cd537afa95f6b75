using AntiCor.Core.Security;

namespace AntiCor.Tests.Shared;

/// <summary>
/// The code an authenticator app shows for a base32 key at a moment (now by default). The
/// algorithm is the app's own, checked against the test vectors of RFC 6238 in AntiCor.Core.Tests.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset? at = null) =>
        AuthenticatorCodes.Code(AuthenticatorCodes.DecodeKey(base32Key), AuthenticatorCodes.StepAt(at ?? DateTimeOffset.UtcNow));
}
