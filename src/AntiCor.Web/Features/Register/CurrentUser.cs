using System.Security.Claims;

namespace AntiCor.Web.Features.Register;

internal static class CurrentUser
{
    /// <summary>How an edition names the person who made it.</summary>
    public static string NameOf(ClaimsPrincipal user) =>
        user.FindFirstValue("display_name") ?? user.Identity?.Name ?? "невідомий користувач";
}
