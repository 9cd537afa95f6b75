using AntiCor.Core.Jobs;
using AntiCor.Core.Mail;
using AntiCor.Core.Reporting;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace AntiCor.Core.Audit;

/// <summary>
/// Tables whose rows never enter the audit trail. Data-protection keys are secrets that decrypt
/// every cookie and form. Outbox letters carry reset links (credentials) and their delivery
/// state changes on every attempt; job leases change on every run. Evidence bytes are
/// recorded through the report evidence that names them by hash (the bytes would bloat the chain). None of them is a change a
/// person made: the change that queued a letter is audited itself.
/// </summary>
public static class UnauditedEntities
{
    public static readonly IReadOnlySet<Type> Types = new HashSet<Type>
    {
        typeof(DataProtectionKey),
        typeof(OutboxMessage),
        typeof(JobLease),
        typeof(EvidenceContent),
        typeof(PublicDownloadCount),
    };

    public static bool Contains(Type type) => Types.Contains(type);
}
