using AntiCor.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Data-protection keys (sign-in cookies, antiforgery tokens, import review forms) live in the app's
/// database, so every node behind the load balancer reads what any other node wrote, and they
/// survive restarts. The application name is fixed: by default it is the content root, which
/// differs between nodes installed in different folders and would make their keys unusable to each other.
/// The rows are kept out of the audit trail (<see cref="Core.Audit.UnauditedEntities"/>).
/// </summary>
public static class DataProtectionKeys
{
    public const string ApplicationName = "AntiCor";

    public static WebApplicationBuilder AddDataProtectionKeys(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AppDbContext>();
        return builder;
    }
}
