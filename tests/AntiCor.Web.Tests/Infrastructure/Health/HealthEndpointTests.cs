extern alias web;

using System.Net;
using System.Text.Json;
using AntiCor.Web.Tests.Jobs;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using web::AntiCor.Web.Jobs;

namespace AntiCor.Web.Tests.Infrastructure.Health;

/// <summary>
/// `/health/live` and `/health/ready` on a database of each test's own, with its own clock: ready
/// on a migrated one, and 503 naming the reason when a migration is missing, a letter is stuck,
/// the SMTP server is gone or the job poll has stopped.
/// </summary>
public sealed class HealthEndpointTests : IAsyncLifetime
{
    private readonly SharedDatabase _db = new();
    private readonly FakeTimeProvider _time = new(JobTestKit.Start);

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task A_migrated_node_is_live_and_ready_with_every_check_healthy_and_the_answer_is_never_cached()
    {
        await using var node = new NodeFactory(_db, _time).Started();
        var client = node.CreateClient();

        using var live = await client.GetAsync("/health/live");
        var (status, ready, body) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal(["database", "outbox", "scheduler", "smtp"], Checks(ready).Keys.Order());
        Assert.All(Checks(ready).Values, c => Assert.Equal("Healthy", c.Status));
        Assert.Equal("application/json", live.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", live.Headers.CacheControl!.ToString());
        // No person's data: no address, no name of a user, just counts and kinds.
        Assert.DoesNotContain("@", body);
    }

    [Fact]
    public async Task A_migration_not_applied_makes_the_node_not_ready_and_names_it_while_it_stays_live()
    {
        await using var node = new NodeFactory(_db, _time).Started();
        var last = await node.QueryAsync(db => Task.FromResult(db.Database.GetAppliedMigrations().Last()));
        await node.QueryAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}"));
        var client = node.CreateClient();

        var (status, ready, _) = await ReadyAsync(client);
        using var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", ready.GetProperty("status").GetString());
        var database = Checks(ready)["database"];
        Assert.Equal("Unhealthy", database.Status);
        Assert.Contains(last, database.Description);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task A_letter_due_longer_than_the_outbox_allows_makes_the_node_not_ready_until_it_is_sent()
    {
        await using var node = new NodeFactory(_db, _time, new Dictionary<string, string?> { ["Health:OutboxMaxDelay"] = "00:10:00" }).Started();
        var client = node.CreateClient();
        await node.QueueAsync("health-outbox@test.local", "Лист, що чекає");

        _time.Advance(TimeSpan.FromMinutes(9));
        var (early, _, _) = await ReadyAsync(client);
        _time.Advance(TimeSpan.FromMinutes(2));
        var (stuck, ready, _) = await ReadyAsync(client);
        await node.DeliverMailAsync();
        var (after, _, _) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, early);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stuck);
        var outbox = Checks(ready)["outbox"];
        Assert.Equal("Unhealthy", outbox.Status);
        Assert.StartsWith("Stuck: 1 letter(s)", outbox.Description);
        Assert.Equal(HttpStatusCode.OK, after);
    }

    [Fact]
    public async Task An_smtp_server_that_cannot_be_reached_makes_the_node_not_ready_or_only_degraded_when_so_configured()
    {
        var closed = ClosedPort();
        await using var strict = new NodeFactory(_db, _time, new Dictionary<string, string?> { ["Mail:Port"] = closed }).Started();
        await using var lenient = new NodeFactory(_db, _time, new Dictionary<string, string?> { ["Mail:Port"] = closed, ["Health:SmtpFailure"] = "Degraded" }).Started();

        var (strictStatus, strictReady, _) = await ReadyAsync(strict.CreateClient());
        var (lenientStatus, lenientReady, _) = await ReadyAsync(lenient.CreateClient());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, strictStatus);
        Assert.Equal("Unhealthy", Checks(strictReady)["smtp"].Status);
        Assert.Contains($"127.0.0.1:{closed} cannot be reached", Checks(strictReady)["smtp"].Description);
        Assert.Equal(HttpStatusCode.OK, lenientStatus);
        Assert.Equal("Degraded", lenientReady.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_node_whose_job_poll_has_stopped_is_not_ready()
    {
        await using var node = new NodeFactory(_db, _time, new Dictionary<string, string?> { ["Jobs:Polling"] = "true" }).Started();
        var client = node.CreateClient();
        var (running, before, _) = await ReadyAsync(client);

        await node.Services.GetServices<IHostedService>().OfType<JobPollingService>().Single().StopAsync(CancellationToken.None);
        var (stopped, after, _) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, running);
        Assert.Equal("Healthy", Checks(before)["scheduler"].Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped);
        Assert.Equal("The job poll has stopped.", Checks(after)["scheduler"].Description);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json, string Body)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    private static Dictionary<string, (string Status, string Description)> Checks(JsonElement ready) =>
        ready.GetProperty("checks").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => (c.GetProperty("status").GetString()!, c.GetProperty("description").GetString() ?? ""));

    private static string ClosedPort()
    {
        // A port that was free a moment ago and that nothing listens on now.
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
