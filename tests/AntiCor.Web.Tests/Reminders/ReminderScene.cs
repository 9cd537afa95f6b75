extern alias web;

using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using web::AntiCor.Web.Jobs.Reminders;

namespace AntiCor.Web.Tests.Reminders;

/// <summary>
/// The seed programme's first quarter of 2020 (due 25.04.2020) on a node of its own database:
/// executors of two units with open obligations, one unit whose reports are all submitted, a
/// coordinator and a head. The clock starts eight days before the due date at the run's hour.
/// </summary>
internal sealed class ReminderScene
{
    public static readonly DateOnly DueOn = new(2020, 4, 25);

    /// <summary>08:00 in Kyiv (summer time, UTC+3) on the 17th: eight days before the due date.</summary>
    public static readonly DateTimeOffset Start = new(2020, 4, 17, 5, 0, 0, TimeSpan.Zero);

    public required TestUser ExecutorA { get; init; }
    public required TestUser ExecutorB { get; init; }
    public required TestUser ExecutorSubmitted { get; init; }
    public required TestUser Coordinator { get; init; }
    public required TestUser Head { get; init; }
    public required IReadOnlyList<string> MeasuresA { get; init; }
    public required IReadOnlyList<string> MeasuresSubmitted { get; init; }

    public static async Task<ReminderScene> CreateAsync(NodeFactory node)
    {
        var q1 = await node.QueryAsync(db => db.ReportingPeriods.Where(p => p.Key == "2020Q1").Select(p => new { p.Id, p.DueOn }).SingleAsync());
        Assert.Equal(DueOn, q1.DueOn);
        var units = await node.QueryAsync(db => db.Obligations.Where(o => o.PeriodId == q1.Id && !o.IsExternal)
            .GroupBy(o => o.OrgUnitId).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(3).ToListAsync());
        Assert.Equal(3, units.Count);
        await node.QueryAsync(db => db.Obligations.Where(o => o.PeriodId == q1.Id && o.OrgUnitId == units[2])
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, ObligationState.Submitted)));
        return new ReminderScene
        {
            ExecutorA = await node.CreateAsync(Roles.Executor, [units[0]]),
            ExecutorB = await node.CreateAsync(Roles.Executor, [units[1]]),
            ExecutorSubmitted = await node.CreateAsync(Roles.Executor, [units[2]]),
            Coordinator = await node.CreateAsync(Roles.Coordinator, enrol: false),
            Head = await node.CreateAsync(Roles.Head, enrol: false),
            MeasuresA = await MeasuresAsync(node, q1.Id, units[0]),
            MeasuresSubmitted = await MeasuresAsync(node, q1.Id, units[2]),
        };
    }

    public static Task<bool> RunRemindersAsync(NodeFactory node) => node.RunJobAsync(ReminderJob.JobName);

    public static Task<List<Core.Mail.OutboxMessage>> QueuedToAsync(NodeFactory node, TestUser user) =>
        node.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == user.Email).OrderBy(m => m.CreatedUtc).ToListAsync());

    private static Task<List<string>> MeasuresAsync(NodeFactory node, Guid periodId, Guid unitId) =>
        node.QueryAsync(db => db.Obligations.Where(o => o.PeriodId == periodId && o.OrgUnitId == unitId)
            .Join(db.Measures, o => o.MeasureId, m => m.Id, (o, m) => m.Number).ToListAsync());

    public static async Task<int> DeliveriesAsync(AppDbContext db) => await db.ReminderDeliveries.CountAsync();
}
