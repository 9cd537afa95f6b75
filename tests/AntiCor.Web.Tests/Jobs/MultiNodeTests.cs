extern alias web;

using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using web::AntiCor.Web.Jobs;

namespace AntiCor.Web.Tests.Jobs;

/// <summary>
/// Several app hosts on one database, as the nodes of a deployment: each due job runs on one of
/// them, a letter is sent once across nodes and restarts, and any node reads any node's cookies and forms.
/// </summary>
public sealed class MultiNodeTests : IAsyncLifetime
{
    private readonly SharedDatabase _db = new();
    private readonly FakeTimeProvider _time = new(JobTestKit.Start);

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Two_nodes_polling_at_once_run_the_hourly_checkpoint_once_and_send_a_queued_letter_once()
    {
        await using var a = new NodeFactory(_db, _time).Started();
        await using var b = new NodeFactory(_db, _time).Started();
        var to = TestUsers.NewEmail("two-nodes");
        var queued = await a.QueueAsync(to, "Лист для двох вузлів");

        var first = (await Task.WhenAll(a.Jobs().RunDueAsync(), b.Jobs().RunDueAsync())).SelectMany(r => r).ToList();
        var sameMoment = (await Task.WhenAll(a.Jobs().RunDueAsync(), b.Jobs().RunDueAsync())).SelectMany(r => r).ToList();
        _time.Advance(TimeSpan.FromSeconds(31));
        var halfMinuteLater = (await Task.WhenAll(a.Jobs().RunDueAsync(), b.Jobs().RunDueAsync())).SelectMany(r => r).ToList();

        Assert.Equal(1, first.Count(n => n == AuditCheckpointJob.JobName));
        Assert.Equal(1, first.Count(n => n == OutboxSenderJob.JobName));
        Assert.Empty(sameMoment);
        Assert.Equal([OutboxSenderJob.JobName], halfMinuteLater);
        // One checkpoint per audit chain, however many nodes poll.
        var chains = await a.QueryAsync(db => db.AuditEntries.Select(e => e.ChainId).Distinct().CountAsync());
        Assert.Equal(chains, await a.QueryAsync(db => db.AuditCheckpoints.CountAsync()));
        var letter = Assert.Single(TestMailServer.Shared.To(to));
        Assert.Equal(queued.MessageId, letter.MessageId);
        Assert.Equal("Лист для двох вузлів", letter.Subject);
        var stored = await a.StoredAsync(queued.Id);
        Assert.Equal((1, true), (stored.Attempts, stored.SentUtc is not null));
    }

    [Fact]
    public async Task A_restart_between_two_letters_sends_each_once_and_keeps_the_checkpoint_for_the_next_hour()
    {
        var to = TestUsers.NewEmail("restart");
        Guid first, second;
        await using (var before = new NodeFactory(_db, _time).Started())
        {
            first = (await before.QueueAsync(to, "Перший лист")).Id;
            Assert.Contains(OutboxSenderJob.JobName, await before.Jobs().RunDueAsync());
            second = (await before.QueueAsync(to, "Другий лист")).Id;
        }

        _time.Advance(TimeSpan.FromMinutes(1));
        await using var after = new NodeFactory(_db, _time).Started();
        var ran = await after.Jobs().RunDueAsync();
        var checkpointDue = await after.QueryAsync(db => db.JobLeases.Where(j => j.Name == AuditCheckpointJob.JobName).Select(j => j.NextRunUtc).SingleAsync());

        Assert.Equal([OutboxSenderJob.JobName], ran);
        // Published at the first start; a restart a minute later leaves it due an hour after that run.
        Assert.Equal(JobTestKit.Start.UtcDateTime.AddHours(1), DateTime.SpecifyKind(checkpointDue, DateTimeKind.Utc));
        Assert.Equal(["Другий лист", "Перший лист"], TestMailServer.Shared.To(to).Select(m => m.Subject).Order());
        Assert.NotNull((await after.StoredAsync(first)).SentUtc);
        Assert.NotNull((await after.StoredAsync(second)).SentUtc);
    }

    [Fact]
    public async Task A_node_that_died_holding_the_sender_is_taken_over_when_its_lease_expires_and_the_letter_goes_once()
    {
        await using var node = new NodeFactory(_db, _time).Started();
        await node.Jobs().RunDueAsync();
        var to = TestUsers.NewEmail("dead-node");
        var queued = await node.QueueAsync(to, "Лист після збою вузла");
        _time.Advance(TimeSpan.FromSeconds(31));
        var now = _time.GetUtcNow().UtcDateTime;

        // What another node's two claims write before it dies, short of reaching the SMTP server.
        await node.QueryAsync(db => db.JobLeases.Where(j => j.Name == OutboxSenderJob.JobName)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, "вузол-що-впав").SetProperty(j => j.LeaseUntilUtc, now.AddMinutes(10))));
        await node.QueryAsync(db => db.OutboxMessages.Where(m => m.Id == queued.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, 1).SetProperty(m => m.NextAttemptUtc, now.AddMinutes(1))));
        var whileHeld = await node.Jobs().RunDueAsync();
        _time.Advance(TimeSpan.FromMinutes(5));
        var stillHeld = await node.Jobs().RunDueAsync();
        var sentWhileHeld = TestMailServer.Shared.To(to).Count;
        _time.Advance(TimeSpan.FromMinutes(6));
        var takenOver = await node.Jobs().RunDueAsync();

        Assert.Empty(whileHeld);
        Assert.Empty(stillHeld);
        Assert.Equal(0, sentWhileHeld);
        Assert.Equal([OutboxSenderJob.JobName], takenOver);
        Assert.Single(TestMailServer.Shared.To(to));
        Assert.Equal(2, (await node.StoredAsync(queued.Id)).Attempts);
        Assert.Null(await node.QueryAsync(db => db.JobLeases.Where(j => j.Name == OutboxSenderJob.JobName).Select(j => j.LeaseOwner).SingleAsync()));
    }

    [Fact]
    public async Task A_killed_process_of_this_machine_that_held_the_sender_is_released_at_the_next_poll_and_the_letter_goes_once()
    {
        await using var node = new NodeFactory(_db, _time).Started();
        await node.Jobs().RunDueAsync();
        var to = TestUsers.NewEmail("killed-process");
        var queued = await node.QueueAsync(to, "Лист після вбитого процесу");
        _time.Advance(TimeSpan.FromSeconds(31));
        var now = _time.GetUtcNow().UtcDateTime;
        var gone = await ExitedProcessIdAsync();

        // A process of this machine claimed the sender with its ten-minute lease, then was killed (SIGKILL).
        await node.QueryAsync(db => db.JobLeases.Where(j => j.Name == OutboxSenderJob.JobName)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, $"{Environment.MachineName}/{gone}/0badc0de/4c61696d0001").SetProperty(j => j.LeaseUntilUtc, now.AddMinutes(10))));
        var ran = await node.Jobs().RunDueAsync();

        Assert.Contains(OutboxSenderJob.JobName, ran);
        var letter = Assert.Single(TestMailServer.Shared.To(to));
        Assert.Equal(queued.MessageId, letter.MessageId);
        Assert.Null(await node.QueryAsync(db => db.JobLeases.Where(j => j.Name == OutboxSenderJob.JobName).Select(j => j.LeaseOwner).SingleAsync()));
    }

    [Fact]
    public async Task A_lease_of_another_machine_or_of_a_running_node_is_not_taken_for_dead()
    {
        await using var node = new NodeFactory(_db, _time).Started();
        await using var sibling = new NodeFactory(_db, _time).Started();
        await node.Jobs().RunDueAsync();
        _time.Advance(TimeSpan.FromSeconds(31));
        var now = _time.GetUtcNow().UtcDateTime;
        // A gone process of another machine (its processes cannot be seen here), and a running node of this process.
        string[] alive = [$"{Environment.MachineName}-2/{await ExitedProcessIdAsync()}/0badc0de/4c61696d0002", $"{sibling.Jobs().Node}/4c61696d0003"];
        foreach (var owner in alive)
        {
            await node.QueryAsync(db => db.JobLeases.Where(j => j.Name == OutboxSenderJob.JobName)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, owner).SetProperty(j => j.LeaseUntilUtc, now.AddMinutes(10))));

            Assert.DoesNotContain(OutboxSenderJob.JobName, await node.Jobs().RunDueAsync());
            Assert.Equal(owner, await node.QueryAsync(db => db.JobLeases.Where(j => j.Name == OutboxSenderJob.JobName).Select(j => j.LeaseOwner).SingleAsync()));
        }
    }

    /// <summary>The id of a process that has just ended.</summary>
    private static async Task<int> ExitedProcessIdAsync()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        await process.WaitForExitAsync();
        return process.Id;
    }

    [Fact]
    public async Task A_form_from_one_node_signs_in_on_another_and_that_cookie_works_on_the_first()
    {
        await using var a = new NodeFactory(_db).Started();
        await using var b = new NodeFactory(_db).Started();
        var user = await a.CreateAsync(Roles.Executor);
        var clientA = a.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var clientB = b.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        using var form = await clientA.GetAsync("/account/login");
        var antiforgeryCookie = CookiesOf(form);
        var token = TestUsers.TokenIn(await form.Content.ReadAsStringAsync())!;
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = user.Email, ["Input.Password"] = user.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        signIn.Headers.Add("Cookie", antiforgeryCookie);
        using var signedIn = await clientB.SendAsync(signIn);
        using var onA = new HttpRequestMessage(HttpMethod.Get, "/my/obligations");
        onA.Headers.Add("Cookie", CookiesOf(signedIn));
        using var page = await clientA.SendAsync(onA);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(await a.QueryAsync(db => db.DataProtectionKeys.AnyAsync()));
        string[] unaudited = ["DataProtectionKey", "OutboxMessage", "JobLease"];
        Assert.False(await a.QueryAsync(db => db.AuditEntries.AnyAsync(e => unaudited.Contains(e.EntityType))));
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);
}
