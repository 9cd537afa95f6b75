extern alias web;

using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Tests.Shared;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AntiCor.Web.Tests.Features.Portal;

/// <summary>
/// The public portal's tests publish and withdraw programmes and reports: an app and a database of
/// their own, on a clock of their own (10 May 2020: the first quarter's reports were due 25 April).
/// The readers' message limit is lifted here; <see cref="CitizenMessageLimitTests"/> sets a small one.
/// </summary>
public sealed class PortalApp : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2020, 5, 10, 9, 0, 0, TimeSpan.Zero);

    public const string Org = "/o/" + AntiCor.Core.Seed.SeedProgramme.OrganizationSlug;

    public SharedDatabase Database { get; } = new();

    public FakeTimeProvider Time { get; } = new(Now);

    public NodeFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        App = new NodeFactory(Database, Time, new Dictionary<string, string?> { ["RateLimits:CitizenMessage:PermitLimit"] = "100000" }).Started();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }

    public async Task<HttpClient> SignedInAsync(string role)
    {
        var user = await App.CreateAsync(role);
        var (client, response) = await App.SignInAsync(user, user.TotpKey is { } key ? Totp.Code(key, Time.GetUtcNow()) : null);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public Task<HttpClient> CoordinatorAsync() => SignedInAsync(Roles.Coordinator);

    public Task<Guid> ProgrammeIdAsync() => App.QueryAsync(db => db.Programmes.Select(p => p.Id).SingleAsync());

    /// <summary>The lead executor's first-quarter obligation on the measure at <paramref name="index"/> in a stable order.</summary>
    public Task<Obligation> LeadObligationAsync(int index) => App.QueryAsync(async db =>
        (await db.Obligations.Where(o => o.WithdrawnAtUtc == null && o.IsLead && !o.IsExternal && db.ReportingPeriods.Any(p => p.Id == o.PeriodId && p.Key == "2020Q1"))
            .OrderBy(o => o.MeasureId).ToListAsync())[index]);

    public async Task WithDbAsync(Func<AppDbContext, IServiceProvider, Task> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider);
    }

    /// <summary>
    /// A report on the obligation written by <paramref name="authorId"/>, with a link and a PDF as
    /// evidence, submitted and accepted with a comment; not published. Returns the report's id.
    /// </summary>
    public async Task<Guid> AcceptedReportAsync(Guid obligationId, Guid authorId, string whatWasDone, MeasureStatus status = MeasureStatus.Done)
    {
        var id = Guid.Empty;
        await WithDbAsync(async (db, services) =>
        {
            var obligation = await db.Obligations.SingleAsync(o => o.Id == obligationId);
            var period = await db.ReportingPeriods.SingleAsync(p => p.Id == obligation.PeriodId);
            var versions = await db.Reports.Where(r => r.ObligationId == obligationId).ToListAsync();
            var now = Now.UtcDateTime;
            var draft = obligation.OpenDraft(versions, period, authorId, now);
            db.Reports.Add(draft);
            var type = status is MeasureStatus.NotStarted or MeasureStatus.InProgress ? MessageType.Progress : MessageType.Result;
            draft.Edit(new ReportContent(type, status, whatWasDone, status == MeasureStatus.Done ? new DateOnly(2020, 3, 20) : null,
                status is MeasureStatus.PartlyDone or MeasureStatus.NotDone ? "Бракує коштів" : null), null);
            draft.AttachLink("https://example.org/nakaz-5", "Наказ № 5");
            var content = await services.GetRequiredService<web::AntiCor.Web.Features.My.EvidenceStore>().PutAsync("%PDF-1.4\n% протокол навчання\n%%EOF\n"u8.ToArray());
            draft.AttachFile(content, "protokol.pdf");
            obligation.Submit(draft, versions, period, authorId, now);
            obligation.Accept(draft, "Внутрішній коментар департаменту", Guid.NewGuid(), now);
            await db.SaveChangesAsync();
            id = draft.Id;
        });
        return id;
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalApp>
{
    public const string Name = "portal";
}
