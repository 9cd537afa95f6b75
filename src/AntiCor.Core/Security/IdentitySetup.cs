using AntiCor.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Core.Security;

/// <summary>Identity's rules, shared by the web app and the CLI so a password refused on one is refused on the other.</summary>
public static class IdentitySetup
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = PasswordRules.MinimumLength;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 1;
        o.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>User and role managers over the EF store, without cookies or sign-in (for the CLI).</summary>
    public static IServiceCollection AddAntiCorIdentityCore(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddIdentityCore<AppUser>(Configure)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<UkrainianIdentityErrors>()
            .AddPasswordValidator<PasswordPolicy<AppUser>>()
            .AddUserManager<LockoutEndsSessionsUserManager>();
        return services;
    }
}
