using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Jobs.Reminders;

/// <summary>
/// Re-plans every programme's periods and obligations once a day, one organisation per
/// transaction: a unit that joined a group, or a holiday the administrator added, moves the
/// obligations and due dates without waiting for the next edit of the programme. The job's scope
/// sees all organisations (<see cref="Core.Tenancy.TenantScope.System"/>).
/// </summary>
public sealed partial class ProgrammePlanning(AppDbContext db, TimeProvider time, ILogger<ProgrammePlanning> logger)
{
    public async Task<int> PlanAllAsync(CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.AsNoTracking().Select(p => new { p.Id, p.OrganizationId }).ToListAsync(cancellationToken);
        var planned = 0;
        foreach (var organization in programmes.GroupBy(p => p.OrganizationId))
        {
            try
            {
                var schedule = new ReportingSchedule(db, time);
                foreach (var programme in organization)
                {
                    await schedule.PlanAsync(programme.Id, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                planned += organization.Count();
            }
            catch (Exception ex) when (ex is DomainException or DbUpdateException)
            {
                // One organisation's bad data must not stop the others' planning or the reminders.
                LogPlanFailed(logger, ex, organization.Key);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return planned;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Planning the programmes of organisation {Organization} failed; tomorrow's run tries again")]
    private static partial void LogPlanFailed(ILogger logger, Exception exception, Guid organization);
}
