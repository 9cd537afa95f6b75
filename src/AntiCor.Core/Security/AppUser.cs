using Microsoft.AspNetCore.Identity;

namespace AntiCor.Core.Security;

/// <summary>A person who signs in: an ASP.NET Core Identity user with a display name and the units they act for.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser()
    {
    }

    public AppUser(string email, string displayName, DateTime createdAtUtc)
    {
        Id = Guid.CreateVersion7();
        Email = email;
        UserName = email;
        DisplayName = displayName;
        CreatedAtUtc = createdAtUtc;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string DisplayName { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Set for one-time passwords (first administrator, users created by an administrator or the CLI).</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The organisation the user last chose to act for; the first membership's when unset or no longer held.</summary>
    public Guid? CurrentOrganizationId { get; set; }
}
