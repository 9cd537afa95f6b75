extern alias web;

using System.Globalization;
using AntiCor.Core.Data;
using AntiCor.Core.Mail;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AntiCor.Web.Tests.Jobs;

/// <summary>The mail outbox on one node: retries with backoff, giving up, no server configured, one letter per key.</summary>
public sealed class OutboxSenderTests : IAsyncLifetime
{
    private readonly SharedDatabase _db = new();
    private readonly FakeTimeProvider _time = new(JobTestKit.Start);
    private readonly TestMailServer _server = TestMailServer.StartOwn();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    private NodeFactory Node(params (string Key, string? Value)[] settings) => new NodeFactory(_db, _time, new Dictionary<string, string?>(
        [new("Mail:Port", _server.Port.ToString(CultureInfo.InvariantCulture)), .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))])).Started();

    [Fact]
    public async Task A_refused_letter_is_retried_after_one_then_two_minutes_and_then_sent_once()
    {
        await using var node = Node();
        var to = TestUsers.NewEmail("retry");
        var queued = await node.QueueAsync(to, "Лист із повторами");
        _server.RefuseNext(2);

        await node.DeliverMailAsync();
        var afterFirst = await node.StoredAsync(queued.Id);
        _time.Advance(TimeSpan.FromSeconds(59));
        await node.DeliverMailAsync();
        var tooEarlyForSecond = _server.Deliveries;
        _time.Advance(TimeSpan.FromSeconds(1));
        await node.DeliverMailAsync();
        var afterSecond = await node.StoredAsync(queued.Id);
        _time.Advance(TimeSpan.FromSeconds(119));
        await node.DeliverMailAsync();
        var tooEarlyForThird = _server.Deliveries;
        _time.Advance(TimeSpan.FromSeconds(1));
        await node.DeliverMailAsync();
        _time.Advance(TimeSpan.FromHours(2));
        await node.DeliverMailAsync();

        Assert.Equal(1, afterFirst.Attempts);
        Assert.Equal("SMTP 452: Mail store full, try again later", afterFirst.LastError);
        Assert.Equal(JobTestKit.Start.UtcDateTime.AddMinutes(1), Utc(afterFirst.NextAttemptUtc));
        Assert.Equal(1, tooEarlyForSecond);
        Assert.Equal(2, afterSecond.Attempts);
        Assert.Equal(JobTestKit.Start.UtcDateTime.AddMinutes(3), Utc(afterSecond.NextAttemptUtc));
        Assert.Equal(2, tooEarlyForThird);
        Assert.Equal(3, _server.Deliveries);
        var letter = Assert.Single(_server.To(to));
        Assert.Equal(queued.MessageId, letter.MessageId);
        var sent = await node.StoredAsync(queued.Id);
        Assert.Equal((3, (string?)null, JobTestKit.Start.UtcDateTime.AddMinutes(3)), (sent.Attempts, sent.LastError, Utc(sent.SentUtc!.Value)));
    }

    [Fact]
    public async Task After_the_last_allowed_attempt_the_letter_is_marked_failed_and_never_tried_again()
    {
        await using var node = Node(("Outbox:MaxAttempts", "2"));
        var queued = await node.QueueAsync(TestUsers.NewEmail("give-up"), "Лист, що не дійде");
        _server.RefuseNext(100);

        await node.DeliverMailAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        await node.DeliverMailAsync();
        _time.Advance(TimeSpan.FromDays(1));
        await node.DeliverMailAsync();
        _server.RefuseNext(0);

        var stored = await node.StoredAsync(queued.Id);
        Assert.Equal(2, _server.Deliveries);
        Assert.Equal(2, stored.Attempts);
        Assert.Null(stored.SentUtc);
        Assert.Equal(JobTestKit.Start.UtcDateTime.AddMinutes(1), Utc(stored.FailedUtc!.Value));
    }

    [Fact]
    public async Task Without_a_mail_host_letters_stay_queued_and_the_log_says_so_once()
    {
        await using var node = Node(("Mail:Host", ""));
        var queued = await node.QueueAsync(TestUsers.NewEmail("no-host"), "Лист без сервера");

        await node.DeliverMailAsync();
        _time.Advance(TimeSpan.FromMinutes(5));
        await node.DeliverMailAsync();

        var stored = await node.StoredAsync(queued.Id);
        Assert.Equal((0, (DateTime?)null), (stored.Attempts, stored.SentUtc));
        Assert.Equal(0, _server.Deliveries);
        Assert.Single(node.Log.Messages, m => m.Contains("Mail:Host is not configured", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_letter_with_a_dedup_key_is_queued_once_and_the_database_refuses_a_second_row()
    {
        await using var node = Node();
        var to = TestUsers.NewEmail("dedup");
        var letter = new OutboxLetter(to, "Нагадування про звіт", "Звіт за IV квартал очікується до 25 січня.");

        var first = await EnqueueOnceAsync(node, letter, "reminder:measure-1.1:2026-Q4");
        var second = await EnqueueOnceAsync(node, letter, "reminder:measure-1.1:2026-Q4");
        var racing = await Assert.ThrowsAsync<DbUpdateException>(() => node.QueryAsync(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage(to, "Нагадування про звіт", "…", JobTestKit.Start.UtcDateTime, "test.local", "reminder:measure-1.1:2026-Q4"));
            return await db.SaveChangesAsync();
        }));

        Assert.True(first);
        Assert.False(second);
        Assert.NotNull(racing);
        Assert.Equal(1, await node.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.To == to)));
    }

    [Fact]
    public async Task A_letter_queued_with_a_change_that_fails_to_save_is_not_stored_either()
    {
        await using var node = Node();
        var to = TestUsers.NewEmail("rolled-back");

        await using (var scope = node.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            scope.ServiceProvider.GetRequiredService<IOutbox>().Enqueue(new OutboxLetter(to, "Лист про зміну", "Зміну збережено."));
            // The change the letter announces: a binding to a user who does not exist, refused by the foreign key.
            db.UserUnits.Add(new Core.Security.UserUnit(Guid.NewGuid(), await node.QueryAsync(d => d.OrgUnits.Select(u => u.Id).FirstAsync())));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await node.DeliverMailAsync();

        Assert.False(await node.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.To == to)));
        Assert.Equal(0, _server.Deliveries);
    }

    private static async Task<bool> EnqueueOnceAsync(NodeFactory node, OutboxLetter letter, string key)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueOnceAsync(letter, key);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return queued;
    }

    /// <summary>SQLite reads times back without a kind; PostgreSQL as UTC. Both are UTC.</summary>
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
