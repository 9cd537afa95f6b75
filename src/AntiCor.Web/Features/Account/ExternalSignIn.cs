using System.Security.Claims;
using System.Text.Json;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Account;

/// <summary>
/// The end of a single sign-on round trip: the provider's ID token becomes an AntiCor account
/// (found by external login, else by verified e-mail, else created), its provider-managed roles
/// and unit bindings are brought in line with the token, and the Identity application cookie is
/// issued. Sign-ins and every role or unit change are audited as on the local pages.
/// </summary>
public sealed partial class ExternalSignIn(
    SignInManager<AppUser> signIn, AppDbContext db, HttpAuditActor actor, SingleSignOnSettings settings, TimeProvider time, ILogger<ExternalSignIn> logger)
{
    public const string FailedQuery = "sso=failed";

    private static readonly JsonSerializerOptions Readable = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private UserManager<AppUser> Users => signIn.UserManager;

    public async Task CompleteAsync(TicketReceivedContext context)
    {
        context.HandleResponse();
        var returnUrl = ReturnAddress.Safe(context.ReturnUri);
        var principal = context.Principal ?? new ClaimsPrincipal();
        var (user, failure) = await FindOrCreateAsync(principal);
        if (user is null || failure is not null)
        {
            await AccountAudit.RecordAsync(db, AuditActions.SignInFailed, user, Email(principal) ?? "", $"{SingleSignOn.Scheme}:{failure}");
            context.Response.Redirect($"{AccountRegistration.LoginPath}?{FailedQuery}");
            return;
        }

        actor.Identify(user.Id, user.DisplayName);
        if (!await signIn.CanSignInAsync(user) || await Users.IsLockedOutAsync(user))
        {
            await AccountAudit.RecordAsync(db, AuditActions.SignInFailed, user, user.Email ?? "", $"{SingleSignOn.Scheme}:locked-out");
            context.Response.Redirect($"{AccountRegistration.LoginPath}?{FailedQuery}");
            return;
        }

        // The provider speaks for one organisation: its roles are memberships there, its unit names that organisation's units.
        if (await OrganizationAsync() is { } organization)
        {
            db.Tenant.Enter(organization);
            await SyncRolesAsync(user, principal, organization);
            await SyncUnitsAsync(user, principal);
        }

        var amr = principal.FindAll("amr").Select(c => c.Value).ToList();
        var providerMfa = amr.Contains("mfa", StringComparer.Ordinal) || settings.TrustProviderMfa;
        if (!providerMfa && user.TwoFactorEnabled)
        {
            // The provider did not attest a second factor, and the user has a local one: Identity's own second step.
            var result = await signIn.ExternalLoginSignInAsync(SingleSignOn.Scheme, Subject(principal)!, isPersistent: false, bypassTwoFactor: false);
            context.Response.Redirect(result.RequiresTwoFactor
                ? $"/account/login-2fa?returnUrl={Uri.EscapeDataString(returnUrl)}"
                : $"{AccountRegistration.LoginPath}?{FailedQuery}");
            return;
        }

        // As SignInManager.SignInAsync(user, isPersistent, authenticationMethod) does, plus the provider's second factor when attested.
        List<Claim> claims = [new(ClaimTypes.AuthenticationMethod, SingleSignOn.Scheme)];
        if (providerMfa)
        {
            claims.Add(new Claim(SingleSignOn.ProviderMfaClaim, amr.Contains("mfa", StringComparer.Ordinal) ? "amr" : "trusted"));
        }

        await signIn.SignInWithClaimsAsync(user, isPersistent: false, claims);
        var method = amr.Count == 0 ? SingleSignOn.Scheme : $"{SingleSignOn.Scheme}:{string.Join(',', amr)}";
        await AccountAudit.RecordAsync(db, AuditActions.SignedIn, user, user.Email ?? "", method);
        context.Response.Redirect(returnUrl);
    }

    public async Task FailAsync(RemoteFailureContext context)
    {
        context.HandleResponse();
        LogRemoteFailure(logger, context.Failure?.Message ?? "");
        await AccountAudit.RecordAsync(db, AuditActions.SignInFailed, null, "", $"{SingleSignOn.Scheme}:remote-failure");
        context.Response.Redirect($"{AccountRegistration.LoginPath}?{FailedQuery}");
    }

    private async Task<(AppUser? User, string? Failure)> FindOrCreateAsync(ClaimsPrincipal principal)
    {
        var subject = Subject(principal);
        if (string.IsNullOrWhiteSpace(subject))
        {
            return (null, "no-subject");
        }

        var user = await Users.FindByLoginAsync(SingleSignOn.Scheme, subject);
        if (user is not null)
        {
            return (user, null);
        }

        var email = Email(principal);
        if (string.IsNullOrWhiteSpace(email))
        {
            return (null, "no-email");
        }

        var verified = string.Equals(principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase);
        user = await Users.FindByEmailAsync(email);
        if (user is not null && !verified)
        {
            // An unverified address must not take over an existing account.
            return (user, "email-not-verified");
        }

        if (user is null)
        {
            var name = principal.FindFirstValue("name");
            user = new AppUser(email, string.IsNullOrWhiteSpace(name) ? email : name.Trim(), time.GetUtcNow().UtcDateTime) { EmailConfirmed = verified };
            var created = await Users.CreateAsync(user);
            if (!created.Succeeded)
            {
                LogRefused(logger, email, string.Join(" ", created.Errors.Select(e => e.Description)));
                return (null, "create-failed");
            }
        }

        var linked = await Users.AddLoginAsync(user, new UserLoginInfo(SingleSignOn.Scheme, subject, settings.DisplayName));
        return linked.Succeeded ? (user, null) : (user, "link-failed");
    }

    /// <summary>Grants the mapped roles the token names and revokes the mapped roles it no longer names; other roles stay.</summary>
    private async Task<Guid?> OrganizationAsync()
    {
        var slug = settings.Organization?.Trim().ToLowerInvariant();
        var candidates = await db.Organizations.Where(o => slug == null || o.Slug == slug).Select(o => o.Id).Take(2).ToListAsync();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private async Task SyncRolesAsync(AppUser user, ClaimsPrincipal principal, Guid organization)
    {
        var managed = settings.ManagedRoles;
        if (managed.Count == 0)
        {
            return;
        }

        var wanted = principal.FindAll(settings.RoleClaim)
            .Select(c => settings.RoleMap.GetValueOrDefault(c.Value.Trim()))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var held = await db.Memberships.Where(m => m.UserId == user.Id && m.OrganizationId == organization).ToListAsync();
        var current = held.Select(m => m.Role).Order(StringComparer.Ordinal).ToList();
        var changed = false;
        foreach (var role in managed)
        {
            var grant = wanted.Contains(role);
            if (current.Contains(role) == grant)
            {
                continue;
            }

            var after = (grant ? [.. current, role] : current.Where(r => r != role)).Order(StringComparer.Ordinal).ToList();
            db.RecordAudit(new AuditEvent(AuditActions.RoleChanged, nameof(AppUser), user.Id.ToString(),
                JsonSerializer.Serialize(new { roles = new { from = current, to = after } }, Readable)) { OrganizationId = organization });
            if (grant)
            {
                db.Memberships.Add(new Membership(user.Id, organization, role));
            }
            else
            {
                db.Memberships.Remove(held.Single(m => m.Role == role));
            }

            await db.SaveChangesAsync();
            current = after;
            changed = true;
        }

        if (changed)
        {
            // Other sessions of the user pick up the change at their next stamp check.
            await Users.UpdateSecurityStampAsync(user);
        }
    }

    /// <summary>
    /// When the token carries the unit claim, the user's bindings become exactly the units it names
    /// (unknown names are logged and skipped). A token without the claim leaves the bindings alone.
    /// </summary>
    private async Task SyncUnitsAsync(AppUser user, ClaimsPrincipal principal)
    {
        var values = principal.FindAll(settings.UnitClaim).Select(c => c.Value.Trim()).Where(v => v.Length > 0).Distinct().ToList();
        if (values.Count == 0)
        {
            return;
        }

        var wanted = new HashSet<Guid>();
        foreach (var value in values)
        {
            var ids = Guid.TryParse(value, out var id)
                ? await db.OrgUnits.Where(u => u.Id == id).Select(u => u.Id).ToListAsync()
                : await UnitsNamedAsync(UnitNameKey.For(value));
            if (ids.Count == 1)
            {
                wanted.Add(ids[0]);
            }
            else
            {
                LogUnknownUnit(logger, value, ids.Count);
            }
        }

        var current = await db.UserUnits.Where(x => x.UserId == user.Id).Select(x => x.OrgUnitId).ToListAsync();
        foreach (var unit in wanted.Except(current).Concat(current.Except(wanted)).ToList())
        {
            var bind = wanted.Contains(unit);
            var after = bind ? [.. current, unit] : current.Where(u => u != unit).ToList();
            if (bind)
            {
                db.UserUnits.Add(new UserUnit(user.Id, unit));
            }
            else
            {
                db.UserUnits.Remove(await db.UserUnits.SingleAsync(x => x.UserId == user.Id && x.OrgUnitId == unit));
            }

            db.RecordAudit(new AuditEvent(AuditActions.RoleChanged, nameof(AppUser), user.Id.ToString(),
                JsonSerializer.Serialize(new { units = new { from = current.Order().ToList(), to = after.Order().ToList() } }, Readable)));
            await db.SaveChangesAsync();
            current = after;
        }
    }

    private Task<List<Guid>> UnitsNamedAsync(string key) =>
        db.OrgUnits.Where(u => u.NameKey == key || u.Aliases.Any(a => a.Key == key)).Select(u => u.Id).ToListAsync();

    private static string? Subject(ClaimsPrincipal principal) => principal.FindFirstValue("sub");

    private static string? Email(ClaimsPrincipal principal) => principal.FindFirstValue("email")?.Trim();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Single sign-on failed at the provider or callback: {Reason}")]
    private static partial void LogRemoteFailure(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Single sign-on could not create an account for {Email}: {Errors}")]
    private static partial void LogRefused(ILogger logger, string email, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Single sign-on: unit claim {Value} matches {Count} units; skipped")]
    private static partial void LogUnknownUnit(ILogger logger, string value, int count);
}
