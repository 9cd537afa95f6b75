using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Tests.Shared;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AntiCor.Web.Tests.Features.Review;

/// <summary>
/// The department's tests change reports, verdicts and periods: an app and a database of their
/// own, on a clock of their own (10 May 2020: the first quarter's reports, due 25 April, are late;
/// the second quarter's are not yet due).
/// </summary>
public sealed class ReviewApp : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2020, 5, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly SharedDatabase _database = new();

    public FakeTimeProvider Time { get; } = new(Now);

    public NodeFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        App = new NodeFactory(_database, Time).Started();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>A coordinator signed in on the app's clock (the second step's code is computed for the fake now).</summary>
    public async Task<HttpClient> CoordinatorAsync(Guid? organization = null)
    {
        var user = await App.CreateAsync(Roles.Coordinator, organization: organization);
        var (client, response) = await App.SignInAsync(user, Totp.Code(user.TotpKey!, Time.GetUtcNow()));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public Task<Guid> ProgrammeIdAsync() => App.QueryAsync(db => db.Programmes.Select(p => p.Id).SingleAsync());

    /// <summary>The period's obligations (not withdrawn) in a stable order, with their measure's direction.</summary>
    public Task<List<Obligation>> ObligationsAsync(string key) => App.QueryAsync(db =>
        db.Obligations.Where(o => o.WithdrawnAtUtc == null && db.ReportingPeriods.Any(p => p.Id == o.PeriodId && p.Key == key))
            .OrderBy(o => o.MeasureId).ThenBy(o => o.OrgUnitId).ToListAsync());

    public async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public Task<Guid> DraftAsync(Guid obligationId) => ChangeAsync(obligationId, (db, o, p, versions) =>
    {
        var draft = o.OpenDraft(versions, p, Guid.NewGuid(), Now.UtcDateTime);
        db.Reports.Add(draft);
        draft.Edit(new ReportContent(MessageType.Progress, MeasureStatus.InProgress, "Розпочато роботу", null, null), null);
        return draft;
    });

    /// <summary>Writes and submits a report on the obligation at <paramref name="at"/> (default: the app's now); returns its id.</summary>
    public Task<Guid> SubmitAsync(Guid obligationId, MeasureStatus status = MeasureStatus.Done, DateTimeOffset? at = null, string text = "Проведено навчання працівників") =>
        ChangeAsync(obligationId, (db, o, p, versions) =>
        {
            var now = (at ?? Now).UtcDateTime;
            var draft = o.OpenDraft(versions, p, Guid.NewGuid(), now);
            if (!versions.Contains(draft))
            {
                db.Reports.Add(draft);
            }

            var type = status is MeasureStatus.NotStarted or MeasureStatus.InProgress ? MessageType.Progress : MessageType.Result;
            draft.Edit(new ReportContent(type, status, text, status == MeasureStatus.Done ? new DateOnly(2020, 3, 20) : null,
                status is MeasureStatus.PartlyDone or MeasureStatus.NotDone ? "Бракує коштів" : null), draft.IsCorrection ? "Виправлено за зауваженнями" : null);
            o.Submit(draft, versions, p, Guid.NewGuid(), now);
            return draft;
        });

    public Task<Guid> AcceptAsync(Guid obligationId) => ChangeAsync(obligationId, (db, o, p, versions) =>
    {
        var report = versions.Single(r => r.State == ReportState.Submitted);
        o.Accept(report, null, Guid.NewGuid(), Now.UtcDateTime);
        return report;
    });

    public Task<Guid> ReturnAsync(Guid obligationId) => ChangeAsync(obligationId, (db, o, p, versions) =>
    {
        var report = versions.Single(r => r.State == ReportState.Submitted);
        o.Return(report, "Додайте підтвердження", Guid.NewGuid(), Now.UtcDateTime);
        return report;
    });

    private async Task<Guid> ChangeAsync(Guid obligationId, Func<AppDbContext, Obligation, ReportingPeriod, List<Report>, Report> change)
    {
        var id = Guid.Empty;
        await WithDbAsync(async db =>
        {
            var obligation = await db.Obligations.SingleAsync(o => o.Id == obligationId);
            var period = await db.ReportingPeriods.SingleAsync(p => p.Id == obligation.PeriodId);
            var versions = await db.Reports.Include(r => r.IndicatorValues).Include(r => r.Evidence).Where(r => r.ObligationId == obligationId).ToListAsync();
            id = change(db, obligation, period, versions).Id;
            await db.SaveChangesAsync();
        });
        return id;
    }
}

[CollectionDefinition(Name)]
public sealed class ReviewCollection : ICollectionFixture<ReviewApp>
{
    public const string Name = "review";
}
