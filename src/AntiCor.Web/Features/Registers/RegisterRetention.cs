using AntiCor.Core.Data;
using AntiCor.Core.Registers;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers;

/// <summary>`Registers:AppointmentsRetentionYears`, `Registers:ConflictsRetentionYears`, `Registers:DeclarationsRetentionYears`, `Registers:LiablePersonsRetentionYears`, `Registers:TrainingsRetentionYears` (trainings and consultations): how long names are kept after the entry's date.</summary>
public sealed class RegisterRetentionOptions
{
    public const string Section = "Registers";

    public int AppointmentsRetentionYears { get; set; } = 5;

    public int ConflictsRetentionYears { get; set; } = 5;

    public int DeclarationsRetentionYears { get; set; } = 5;

    public int LiablePersonsRetentionYears { get; set; } = 5;

    public int TrainingsRetentionYears { get; set; } = 5;
}

/// <summary>
/// Erases the names of persons from register entries older than their register's retention
/// period: the entry stays (its dates, unit and outcome, so every count is kept) and the audit
/// trail records the erasure with the name hidden, so no copy of it survives there.
/// </summary>
public static class RegisterRetention
{
    public static async Task<int> EraseAsync(AppDbContext db, DateOnly today, DateTime nowUtc, RegisterRetentionOptions options, CancellationToken cancellationToken)
    {
        var noticesBefore = today.AddYears(-options.AppointmentsRetentionYears);
        var conflictsBefore = today.AddYears(-options.ConflictsRetentionYears);
        var entries = new List<IPersonalRecord>();
        entries.AddRange(await db.AppointmentNotices.Where(n => n.ErasedAtUtc == null && n.NoticeReceivedOn < noticesBefore).ToListAsync(cancellationToken));
        entries.AddRange(await db.ConflictsOfInterest.Where(c => c.ErasedAtUtc == null && c.NotifiedOn < conflictsBefore).ToListAsync(cancellationToken));
        var declarationsBefore = today.AddYears(-options.DeclarationsRetentionYears);
        var liableBefore = today.AddYears(-options.LiablePersonsRetentionYears);
        entries.AddRange(await db.Declarations.Where(d => d.ErasedAtUtc == null && d.DueOn < declarationsBefore).ToListAsync(cancellationToken));
        entries.AddRange(await db.LiablePersons.Where(l => l.ErasedAtUtc == null && l.DecisionOn < liableBefore).ToListAsync(cancellationToken));
        var trainingsBefore = today.AddYears(-options.TrainingsRetentionYears);
        entries.AddRange(await db.TrainingEvents.Where(t => t.ErasedAtUtc == null && t.StartsOn < trainingsBefore).ToListAsync(cancellationToken));
        entries.AddRange(await db.Consultations.Where(c => c.ErasedAtUtc == null && c.AskedOn < trainingsBefore).ToListAsync(cancellationToken));
        foreach (var entry in entries)
        {
            entry.ErasePersonalData(nowUtc);
        }

        await db.SaveChangesAsync(cancellationToken);
        return entries.Count;
    }
}
