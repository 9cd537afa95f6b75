using System.Security.Claims;
using AntiCor.Core.Audit;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// The audit trail's actor for a web request: the signed-in user (id, display name or e-mail) and
/// the remote IP. During sign-in the cookie is not read yet, so the sign-in page names the user
/// with <see cref="Identify"/>. Outside a request (start-up seeding, jobs) it is the system.
/// </summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    private (string Id, string Name)? _identified;

    public string? UserId => _identified?.Id ?? User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => _identified?.Name
        ?? (User is { } user ? CurrentUser.NameOf(user) : null)
        ?? (accessor.HttpContext is null ? SystemActor.Instance.Name : "анонімний відвідувач");

    public string? Ip => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public void Identify(Guid userId, string name) => _identified = (userId.ToString(), name);
}
