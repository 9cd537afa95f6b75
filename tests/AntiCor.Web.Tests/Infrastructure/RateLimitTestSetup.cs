using Microsoft.AspNetCore.Hosting;

namespace AntiCor.Web.Tests.Infrastructure;

/// <summary>
/// The shared app serves every test from one client address, so the sign-in, password-reset,
/// upload and download limits are lifted there; <see cref="RateLimitTests"/> sets small ones in hosts of its own.
/// </summary>
public static class RateLimitTestSetup
{
    public static void LiftRateLimits(IWebHostBuilder builder)
    {
        foreach (var section in new[] { "SignIn", "PasswordReset", "Upload", "Export" })
        {
            builder.UseSetting($"RateLimits:{section}:PermitLimit", "100000");
        }
    }
}
