using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Core.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Browser.Tests.Support;

/// <summary>An executor account bound to a unit of its own, and that unit's obligation in the seed's last period.</summary>
public sealed record ExecutorObligation(string Email, string Key, Guid ObligationId, Guid MeasureId, Guid ProgrammeId, string PeriodKey);

public static class BrowserObligations
{
    /// <summary>
    /// A fresh unit leads <paramref name="measureNumber"/> in the seed's last quarter (the current one
    /// on a clock past the programme), so the test's reports are the only ones of that unit.
    /// </summary>
    public static async Task<ExecutorObligation> ExecutorWithObligationAsync(IServiceProvider services, string password, string name, string measureNumber)
    {
        var (email, key) = await BrowserAccounts.CreateAsync(services, Roles.Executor, password, name);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        var organization = await db.Organizations.Where(o => o.Slug == SeedProgramme.OrganizationSlug).Select(o => o.Id).SingleAsync();
        var period = await db.ReportingPeriods.Where(p => p.OrganizationId == organization).OrderByDescending(p => p.DueOn).FirstAsync();
        var measure = await db.Measures.Where(m => m.OrganizationId == organization && m.Number == measureNumber).Select(m => m.Id).FirstAsync();
        var unit = new OrgUnit(organization, $"Відділ звітування {Guid.NewGuid():N}"[..28], ExecutorKind.Unit);
        var obligation = new Obligation(period, measure, unit.Id, isLead: true);
        db.AddRange(unit, obligation);
        db.UserUnits.Add(new UserUnit(user!.Id, unit.Id));
        await db.SaveChangesAsync();
        return new ExecutorObligation(email, key!, obligation.Id, measure, period.ProgrammeId, period.Key);
    }
}
