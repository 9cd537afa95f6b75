using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AntiCor.Web.Tests.Reporting;

/// <summary>Periods and obligations planned from the seed programme, on the database under test.</summary>
public sealed class ReportingScheduleTests : IAsyncLifetime
{
    // The test's own clock: a day in the programme's span, after its first quarter's due date.
    private static readonly DateTime Now = new(2020, 5, 4, 9, 0, 0, DateTimeKind.Utc);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly CliRun _cli = new();
    private ServiceProvider _services = null!;
    private Guid _programmeId;

    public async Task InitializeAsync()
    {
        await _cli.InitializeAsync();
        Assert.Equal(0, (await _cli.RunAsync("import", _cli.WriteFile(SeedProgramme.FileName, SeedProgramme.Read()))).Code);
        _services = _cli.Services(_clock);
        _programmeId = await _cli.QueryAsync(db => db.Programmes.Select(p => p.Id).SingleAsync());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _cli.DisposeAsync();
    }

    private async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        await using var scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task Import_plans_the_quarters_from_the_act_and_one_obligation_per_measure_and_unit()
    {
        var periods = await _cli.QueryAsync(db => db.ReportingPeriods.OrderBy(p => p.StartsOn).ToListAsync());
        Assert.Equal(["2019Q3", "2019Q4", "2020Q1", "2020Q2", "2020Q3", "2020Q4"], periods.Select(p => p.Key));
        Assert.Equal(new DateOnly(2020, 4, 25), periods.Single(p => p.Key == "2020Q1").DueOn);

        var q1 = periods.Single(p => p.Key == "2020Q1").Id;
        var obligations = await _cli.QueryAsync(db => db.Obligations.Where(o => o.PeriodId == q1).ToListAsync());
        var units = await _cli.QueryAsync(db => db.OrgUnits.ToDictionaryAsync(u => u.Id, u => u.Kind));
        Assert.NotEmpty(obligations);
        Assert.All(obligations, o => Assert.Equal(ExecutorKind.Unit, units[o.OrgUnitId]));
        Assert.All(obligations.GroupBy(o => o.MeasureId), g => Assert.True(g.Count(o => o.IsLead) <= 1));
        Assert.All(obligations, o => Assert.Equal(ObligationState.Missing, o.State));
        Assert.Equal(0, await _cli.QueryAsync(db => db.PublicHolidays.CountAsync(h => h.Date.Year == 2020)) - StatutoryHolidays.For(2020).Count);
    }

    [Fact]
    public async Task Members_of_a_group_get_the_group_measures_once_planned()
    {
        Guid groupId = Guid.Empty, memberId = Guid.Empty;
        await WithDbAsync(async db =>
        {
            var group = await db.OrgUnits.FirstAsync(u => u.Kind == ExecutorKind.Group);
            var member = await db.OrgUnits.FirstAsync(u => u.Kind == ExecutorKind.Unit);
            (groupId, memberId) = (group.Id, member.Id);
            db.GroupMembers.Add(new GroupMember(group, member));
            await new ReportingSchedule(db, _clock).PlanAsync(_programmeId);
            await db.SaveChangesAsync();
        });

        var groupMeasures = await _cli.QueryAsync(db => db.MeasureExecutors.Where(e => e.OrgUnitId == groupId).Select(e => e.MeasureId).ToListAsync());
        Assert.NotEmpty(groupMeasures);
        var memberObligations = await _cli.QueryAsync(db => db.Obligations.Where(o => o.OrgUnitId == memberId).Select(o => o.MeasureId).ToListAsync());
        Assert.All(groupMeasures, m => Assert.Contains(m, memberObligations));
    }

    [Fact]
    public async Task An_obligation_with_a_report_is_withdrawn_not_deleted_when_its_measure_goes()
    {
        var obligationId = Guid.Empty;
        await WithDbAsync(async db =>
        {
            var obligation = await db.Obligations.FirstAsync();
            var period = await db.ReportingPeriods.SingleAsync(p => p.Id == obligation.PeriodId);
            db.Reports.Add(obligation.OpenDraft([], period, Guid.NewGuid(), Now));
            await db.SaveChangesAsync();
            obligationId = obligation.Id;

            var programme = await db.Programmes.Include(p => p.Directions).ThenInclude(d => d.Measures).SingleAsync();
            var measure = programme.Directions.SelectMany(d => d.Measures).Single(m => m.Id == obligation.MeasureId);
            programme.Directions.Single(d => d.Measures.Contains(measure)).RemoveMeasure(measure);
            await db.SaveChangesAsync();
            await new ReportingSchedule(db, _clock).PlanAsync(_programmeId);
            await db.SaveChangesAsync();
        });

        var kept = await _cli.QueryAsync(db => db.Obligations.SingleAsync(o => o.Id == obligationId));
        Assert.NotNull(kept.WithdrawnAtUtc);
        Assert.Equal(1, await _cli.QueryAsync(db => db.Reports.CountAsync(r => r.ObligationId == obligationId)));
    }
}
