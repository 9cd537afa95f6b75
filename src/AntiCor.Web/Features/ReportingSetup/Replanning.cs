using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.ReportingSetup;

/// <summary>
/// Saves a setup change and brings the calendars and obligations of the programmes it touches in
/// step, in one transaction: a rule, a group's members or a lead never stand saved with
/// obligations planned under the old ones.
/// </summary>
public static class Replanning
{
    public static async Task SaveAsync(AppDbContext db, TimeProvider time, IEnumerable<Guid> programmeIds, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var schedule = new ReportingSchedule(db, time);
            foreach (var id in programmeIds)
            {
                await schedule.PlanAsync(id, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw StaleRecord.Refusal();
        }
    }
}
