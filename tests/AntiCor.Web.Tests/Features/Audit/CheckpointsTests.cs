using System.Globalization;
using System.Net;
using System.Text.Json;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AntiCor.Web.Tests.Features.Audit;

[Collection(AppCollection.Name)]
public sealed class CheckpointsTests(AntiCorFactory factory)
{
    // The checkpoints this test publishes are stamped by its own clock; verifying reads no clock.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Api_lists_every_published_checkpoint_with_count_head_hash_and_utc_time()
    {
        var published = await PublishAsync();
        var stored = await factory.QueryAsync(db => db.AuditCheckpoints.AsNoTracking().OrderBy(c => c.ChainId).ThenBy(c => c.Count).ToListAsync());

        using var response = await factory.CreateClient().GetAsync("/api/v1/audit/checkpoints");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(stored.Count, items.Count);
        Assert.Equal(stored.Select(c => (c.Count, c.HeadHash)), items.Select(i => (i.GetProperty("count").GetInt64(), i.GetProperty("headHash").GetString()!)));
        var last = items.Last(i => !i.TryGetProperty("chain", out var chain) || chain.ValueKind == JsonValueKind.Null);
        Assert.Equal((published.Count, published.HeadHash), (last.GetProperty("count").GetInt64(), last.GetProperty("headHash").GetString()!));
        var at = last.GetProperty("at").GetString()!;
        Assert.EndsWith("Z", at);
        var parsed = DateTime.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.Equal(DateTime.SpecifyKind(published.AtUtc, DateTimeKind.Utc), parsed);
    }

    [Fact]
    public async Task Api_answer_is_what_the_verify_command_reads()
    {
        await PublishAsync();

        var json = await factory.CreateClient().GetStringAsync("/api/v1/audit/checkpoints");
        var read = CheckpointJson.Parse(json);
        var verification = await factory.QueryAsync(db => new AuditTrail(db, Clock).VerifyAsync(read));

        Assert.NotEmpty(read);
        Assert.True(verification.IsIntact, verification.Reason);
    }

    [Fact]
    public async Task Public_page_explains_checkpoints_and_lists_them_in_Kyiv_time_with_a_download()
    {
        var published = await PublishAsync();

        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/audit/checkpoints");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Контрольні точки журналу аудиту", HtmlPage.Text(page.Single("h1")));
        Assert.Contains("anticor audit verify --checkpoint", HtmlPage.Text(page.Single("main")));
        Assert.Equal("/api/v1/audit/checkpoints", page.Single("a[data-download]").GetAttribute("href"));
        var row = page.Single($"tr[data-count='{published.Count}']");
        Assert.Equal(published.HeadHash, HtmlPage.Text(row.QuerySelector("[data-hash]")!));
        var kyiv = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(published.AtUtc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv"));
        Assert.Equal(kyiv.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture), HtmlPage.Text(row.QuerySelector("[data-at]")!));
    }

    [Fact]
    public async Task Publish_page_is_not_open_to_anonymous_visitors()
    {
        using var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/audit/publish");

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
            $"anonymous GET /audit/publish answered {(int)response.StatusCode}");
        if (response.Headers.Location is { } location)
        {
            Assert.Contains("/account/login", location.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task<AuditCheckpointData> PublishAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var checkpoint = Assert.Single(await CheckpointPublisher.PublishAsync(db, Clock), c => c.ChainId == AuditEntry.SystemChain);
        return new AuditCheckpointData(checkpoint.Count, checkpoint.HeadHash, checkpoint.AtUtc, checkpoint.ChainId);
    }
}
