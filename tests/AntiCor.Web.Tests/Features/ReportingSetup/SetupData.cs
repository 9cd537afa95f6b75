using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Features.ReportingSetup;

/// <summary>Puts the seed programme back where each setup test starts: the seed's rule, every period open.</summary>
internal static class SetupData
{
    public static readonly ReportingRule SeedRule = new(ReportingFrequency.Quarterly, 25);

    public static Task<Guid> ProgrammeIdAsync(this AntiCorFactory factory) =>
        factory.QueryAsync(db => db.Programmes.Select(p => p.Id).SingleAsync());

    public static async Task ResetAsync(this AntiCorFactory factory)
    {
        await factory.WithDbAsync(async db =>
        {
            foreach (var period in await db.ReportingPeriods.Where(p => p.ClosedAtUtc != null).ToListAsync())
            {
                period.Reopen("повернення до початкового стану тесту");
            }

            var programme = await db.Programmes.SingleAsync();
            programme.ChangeReporting(SeedRule);
            await db.SaveChangesAsync();
            await new ReportingSchedule(db, factory.Services.GetRequiredService<TimeProvider>()).PlanAsync(programme.Id);
            await db.SaveChangesAsync();
        });
    }

    public static async Task WithDbAsync(this AntiCorFactory factory, Func<AppDbContext, Task> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
