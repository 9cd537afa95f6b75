extern alias web;

using System.Net;
using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Tests.Shared;
using AntiCor.Web.Tests.Support.Accounts;
using AntiCor.Web.Tests.Tenancy;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using web::AntiCor.Web.Features.My;

namespace AntiCor.Web.Tests.OpenData;

/// <summary>
/// What open data shows of two organisations: a draft programme does not exist for it until the
/// coordinator publishes it, and a report only once it is accepted and published — each visible
/// at once, the cache notwithstanding.
/// </summary>
[Collection(TwoOrganizationsCollection.Name)]
public sealed class OpenDataPublicationTests(TwoOrganizations two)
{
    private static readonly DateTime PublishedAt = new(2025, 3, 3, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_draft_programme_is_not_found_on_the_api_until_published_and_then_appears_at_once()
    {
        var client = two.Factory.NewClient();
        var village = two.Village.Programme;
        // The collection's village plan is published; this test makes it a draft and gives it back as it was.
        var published0 = await WithDbAsync((db, _) => db.Programmes.Where(p => p.Id == village).Select(p => p.PublishedAtUtc).SingleAsync());
        await ChangeProgrammeAsync(village, p => p.Unpublish());
        try
        {
            Assert.Contains("Програму не знайдено", await OpenDataClient.ProblemAsync(client, $"/api/v1/programmes/{village}", HttpStatusCode.NotFound));
            Assert.Contains("Програму не знайдено", await OpenDataClient.ProblemAsync(client, $"/api/v1/programmes/{village}/reports", HttpStatusCode.NotFound));
            for (var read = 0; read < 2; read++)
            {
                var drafts = await OpenDataClient.JsonAsync(client, "/api/v1/programmes?organization=stepova", OpenDataSchema.Programmes);
                Assert.Equal(0, drafts.GetProperty("total").GetInt32());
                Assert.Equal(0, (await OpenDataClient.JsonAsync(client, "/api/v1/units?organization=stepova")).GetProperty("total").GetInt32());
            }

            var everyone = await OpenDataClient.JsonAsync(client, "/api/v1/programmes", OpenDataSchema.Programmes);
            Assert.DoesNotContain(OpenDataClient.Items(everyone), p => p.GetProperty("id").GetGuid() == village);

            await ChangeProgrammeAsync(village, p => p.Publish(PublishedAt));

            var published = await OpenDataClient.JsonAsync(client, "/api/v1/programmes?organization=stepova", OpenDataSchema.Programmes);
            var item = Assert.Single(OpenDataClient.Items(published));
            Assert.Equal(village, item.GetProperty("id").GetGuid());
            Assert.Equal(PublishedAt, item.GetProperty("publishedAt").GetDateTime().ToUniversalTime());
            await OpenDataClient.JsonAsync(client, $"/api/v1/programmes/{village}", OpenDataSchema.Programme);
            Assert.True((await OpenDataClient.JsonAsync(client, "/api/v1/units?organization=stepova")).GetProperty("total").GetInt32() > 0);
            Assert.Contains(OpenDataClient.Items(await OpenDataClient.JsonAsync(client, "/api/v1/programmes")), p => p.GetProperty("id").GetGuid() == village);

            await ChangeProgrammeAsync(village, p => p.Unpublish());
            Assert.Contains("Програму не знайдено", await OpenDataClient.ProblemAsync(client, $"/api/v1/programmes/{village}", HttpStatusCode.NotFound));
        }
        finally
        {
            await ChangeProgrammeAsync(village, p =>
            {
                p.Unpublish();
                if (published0 is { } at)
                {
                    p.Publish(at);
                }
            });
        }
    }

    [Fact]
    public async Task The_organisations_list_pages_through_both_organisations()
    {
        var client = two.Factory.NewClient();
        var first = await OpenDataClient.JsonAsync(client, "/api/v1/organizations?pageSize=1", OpenDataSchema.Organizations);
        Assert.Equal(2, first.GetProperty("total").GetInt32());
        var second = await OpenDataClient.JsonAsync(client, first.GetProperty("links").GetProperty("next").GetString()!, OpenDataSchema.Organizations);
        Assert.False(second.GetProperty("links").TryGetProperty("next", out _));
        var slugs = OpenDataClient.Items(first).Concat(OpenDataClient.Items(second)).Select(o => o.GetProperty("slug").GetString()).ToList();
        Assert.Equal(["kropyvnytskyi", "stepova"], slugs.Order());
        var village = OpenDataClient.Items(first).Concat(OpenDataClient.Items(second)).Single(o => o.GetProperty("slug").GetString() == "stepova");
        Assert.Equal(TwoOrganizations.VillageCode, village.GetProperty("code").GetString());
        Assert.Equal("village-council", village.GetProperty("kind").GetString());

        var passport = await OpenDataClient.JsonAsync(client, "/api/v1/organizations/stepova/passport", OpenDataSchema.Passport);
        Assert.Equal(TwoOrganizations.VillageCode, passport.GetProperty("publisherIdentifier").GetString());
        Assert.StartsWith(TwoOrganizations.VillageCode, passport.GetProperty("identifier").GetString());
        // The village's plan is published in this collection: the data set was first issued then.
        var published = await two.Factory.QueryAsync(db => db.Programmes.Where(p => p.Id == two.Village.Programme).Select(p => p.PublishedAtUtc).SingleAsync());
        Assert.NotNull(published);
        Assert.Equal(DateOnly.FromDateTime(published.Value), DateOnly.FromDateTime(passport.GetProperty("issued").GetDateTime()));
    }

    [Fact]
    public async Task An_accepted_report_shows_in_open_data_only_once_published_with_its_public_evidence_only()
    {
        var client = two.Factory.NewClient();
        var programme = two.City.Programme;
        var (obligationId, periodKey, executor) = await two.Factory.QueryAsync(async db =>
        {
            var found = await (from o in db.Obligations
                               join p in db.ReportingPeriods on o.PeriodId equals p.Id
                               join u in db.OrgUnits on o.OrgUnitId equals u.Id
                               where o.MeasureId == two.City.Measure && o.IsLead && o.WithdrawnAtUtc == null && o.State == ObligationState.Missing
                               orderby p.StartsOn
                               select new { o.Id, p.Key, u.Name }).FirstAsync();
            return (found.Id, found.Key, found.Name);
        });
        var url = $"/api/v1/programmes/{programme}/reports?period={periodKey}";
        var pdf = EvidenceSamples.Pdf("Акт про проведення навчання");

        var reportId = await WithDbAsync(async (db, services) =>
        {
            var measure = await db.Measures.SingleAsync(m => m.Id == two.City.Measure);
            var indicator = new Indicator(measure, "Проведено навчань", "заходів", 4, 1);
            db.Indicators.Add(indicator);
            var (obligation, period, versions) = await LoadAsync(db, obligationId);
            var draft = obligation.OpenDraft(versions, period, Guid.NewGuid(), PublishedAt);
            db.Reports.Add(draft);
            draft.Edit(new ReportContent(MessageType.Result, MeasureStatus.Done, "Проведено навчання для працівників апарату", new DateOnly(2020, 3, 20), null), null);
            draft.SetIndicatorValue(indicator.Id, 3);
            draft.AttachLink("https://kropyvnytskyi.example.gov.ua/news/navchannia", "Новина про навчання");
            draft.AttachLink("https://intranet.example.gov.ua/sluzhbova", "Службова записка");
            draft.AttachFile(await services.GetRequiredService<EvidenceStore>().PutAsync(pdf), "акт.pdf");
            obligation.Submit(draft, versions, period, Guid.NewGuid(), PublishedAt);
            obligation.Accept(draft, "Прийнято без зауважень, Іван Петренко", Guid.NewGuid(), PublishedAt);
            return draft.Id;
        });

        var accepted = await OpenDataClient.JsonAsync(client, url, OpenDataSchema.Reports);
        Assert.Empty(MeasurePeriod(accepted).GetProperty("reports").EnumerateArray());

        await WithDbAsync(async (db, _) =>
        {
            var report = await db.Reports.Include(r => r.Evidence).SingleAsync(r => r.Id == reportId);
            report.Publish(PublishedAt);
            foreach (var evidence in report.Evidence.Where(e => e.Title != "Службова записка"))
            {
                evidence.Publish(true);
            }

            return reportId;
        });

        var published = await OpenDataClient.JsonAsync(client, url, OpenDataSchema.Reports);
        var period = MeasurePeriod(published);
        Assert.Equal("done", period.GetProperty("status").GetString());
        Assert.Equal("Виконано", period.GetProperty("statusText").GetString());
        var report = Assert.Single(period.GetProperty("reports").EnumerateArray());
        Assert.Equal(executor, report.GetProperty("executor").GetString());
        Assert.True(report.GetProperty("lead").GetBoolean());
        Assert.Equal("Проведено навчання для працівників апарату", report.GetProperty("whatWasDone").GetString());
        Assert.Equal("2020-03-20", report.GetProperty("completedOn").GetString());
        var indicator = Assert.Single(report.GetProperty("indicators").EnumerateArray());
        Assert.Equal(3m, indicator.GetProperty("value").GetDecimal());
        Assert.Equal(4m, indicator.GetProperty("target").GetDecimal());
        var evidence = report.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(2, evidence.Count);
        Assert.DoesNotContain(evidence, e => e.GetProperty("title").GetString() == "Службова записка");
        Assert.DoesNotContain("Петренко", published.GetRawText());

        var file = evidence.Single(e => e.GetProperty("kind").GetString() == "file");
        using var download = await client.GetAsync(file.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        using var csv = await client.GetAsync(url + "&format=csv");
        using var reader = CsvReader.Create(await csv.Content.ReadAsByteArrayAsync(), CsvReaderOptions.Default with { HasHeader = false });
        Assert.True(reader.Read());
        var header = Enumerable.Range(0, 16).Select(reader.GetString).ToList();
        Assert.True(reader.Read());
        Assert.Equal(executor, reader.GetString(header.IndexOf("executor")));
        Assert.Equal("Проведено навчання для працівників апарату", reader.GetString(header.IndexOf("whatWasDone")));
        Assert.Equal("Виконано", reader.GetString(header.IndexOf("status")));
        Assert.False(reader.Read());
    }

    private JsonElementAccessor MeasurePeriod => document =>
        OpenDataClient.Items(document).Single(m => m.GetProperty("measureId").GetGuid() == two.City.Measure).GetProperty("periods").EnumerateArray().Single();

    private delegate System.Text.Json.JsonElement JsonElementAccessor(System.Text.Json.JsonElement document);

    private static async Task<(Obligation, ReportingPeriod, List<Report>)> LoadAsync(AppDbContext db, Guid obligationId)
    {
        var obligation = await db.Obligations.SingleAsync(o => o.Id == obligationId);
        var period = await db.ReportingPeriods.SingleAsync(p => p.Id == obligation.PeriodId);
        var versions = await db.Reports.Include(r => r.IndicatorValues).Include(r => r.Evidence).Where(r => r.ObligationId == obligationId).ToListAsync();
        return (obligation, period, versions);
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, IServiceProvider, Task<T>> change)
    {
        await using var scope = two.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var result = await change(db, scope.ServiceProvider);
        await db.SaveChangesAsync();
        return result;
    }

    private Task ChangeProgrammeAsync(Guid id, Action<Core.Domain.Programme> change) => WithDbAsync(async (db, _) =>
    {
        change(await db.Programmes.SingleAsync(p => p.Id == id));
        return id;
    });
}
