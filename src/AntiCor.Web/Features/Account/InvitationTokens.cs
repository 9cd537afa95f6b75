using AntiCor.Core.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Features.Account;

/// <summary>
/// Options of the invitation token: its own provider so that an invitation can live longer (72 h)
/// than a reset link, which keeps Identity's default day.
/// </summary>
public sealed class InvitationTokenOptions : DataProtectionTokenProviderOptions
{
    public const string Provider = "Invitation";
    public const string Purpose = "SetFirstPassword";
    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(72);

    public InvitationTokenOptions()
    {
        Name = Provider;
        TokenLifespan = Lifespan;
    }
}

/// <summary>
/// Signs the invitation with the user's security stamp: setting the password changes the stamp,
/// so a link works once.
/// </summary>
public sealed class InvitationTokenProvider(IDataProtectionProvider protection, IOptions<InvitationTokenOptions> options, ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(protection, options, logger);
