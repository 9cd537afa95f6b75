using System.Text.Json;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Security;

namespace AntiCor.Web.Features.Account;

/// <summary>Sign-in events in the audit trail: who, from where (the actor's IP), and why a sign-in failed.</summary>
public static class AccountAudit
{
    private static readonly JsonSerializerOptions Readable = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static async Task RecordAsync(AppDbContext db, string action, AppUser? user, string email, string? reason = null)
    {
        var changes = JsonSerializer.Serialize(new { email, reason }, Readable);
        db.RecordAudit(new AuditEvent(action, nameof(AppUser), user?.Id.ToString(), changes));
        await db.SaveChangesAsync();
    }
}
