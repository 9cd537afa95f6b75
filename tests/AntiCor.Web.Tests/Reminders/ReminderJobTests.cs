extern alias web;

using System.Globalization;
using AntiCor.Web.Tests.Jobs;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace AntiCor.Web.Tests.Reminders;

/// <summary>The daily reminders across a due date, on a node of its own whose clock the test moves.</summary>
public sealed class ReminderJobTests : IAsyncLifetime
{
    private readonly SharedDatabase _db = new();
    private readonly FakeTimeProvider _time = new(ReminderScene.Start);
    private readonly TestMailServer _server = TestMailServer.StartOwn();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    private NodeFactory Node() => new NodeFactory(_db, _time, new Dictionary<string, string?>
    {
        ["Mail:Port"] = _server.Port.ToString(CultureInfo.InvariantCulture),
        ["Reminders:SiteUrl"] = "https://anticor.test",
    }).Started();

    [Fact]
    public async Task Executors_are_reminded_seven_and_one_days_before_on_the_day_and_once_overdue_then_coordinators_and_heads_are_told()
    {
        await using var node = Node();
        var scene = await ReminderScene.CreateAsync(node);
        async Task<(int A, int B, int Submitted, int Coordinator, int Head)> CountsAsync() => (
            (await ReminderScene.QueuedToAsync(node, scene.ExecutorA)).Count,
            (await ReminderScene.QueuedToAsync(node, scene.ExecutorB)).Count,
            (await ReminderScene.QueuedToAsync(node, scene.ExecutorSubmitted)).Count,
            (await ReminderScene.QueuedToAsync(node, scene.Coordinator)).Count,
            (await ReminderScene.QueuedToAsync(node, scene.Head)).Count);

        Assert.True(await ReminderScene.RunRemindersAsync(node));
        var eightBefore = await CountsAsync();
        _time.Advance(TimeSpan.FromDays(1));
        await ReminderScene.RunRemindersAsync(node);
        var sevenBefore = await CountsAsync();
        var deliveriesAfterSeven = await node.QueryAsync(ReminderScene.DeliveriesAsync);
        _time.Advance(TimeSpan.FromHours(3));
        await ReminderScene.RunRemindersAsync(node);
        var rerun = await CountsAsync();
        var deliveriesAfterRerun = await node.QueryAsync(ReminderScene.DeliveriesAsync);
        _time.Advance(TimeSpan.FromDays(6) - TimeSpan.FromHours(3));
        await ReminderScene.RunRemindersAsync(node);
        var oneBefore = await CountsAsync();
        _time.Advance(TimeSpan.FromDays(1));
        await ReminderScene.RunRemindersAsync(node);
        var dueDay = await CountsAsync();
        _time.Advance(TimeSpan.FromDays(1));
        await ReminderScene.RunRemindersAsync(node);
        var overdue = await CountsAsync();
        var quietDays = new List<(int, int, int, int, int)>();
        for (var day = 2; day <= 4; day++)
        {
            _time.Advance(TimeSpan.FromDays(1));
            await ReminderScene.RunRemindersAsync(node);
            quietDays.Add(await CountsAsync());
        }

        _time.Advance(TimeSpan.FromDays(1));
        await ReminderScene.RunRemindersAsync(node);
        var fiveOverdue = await CountsAsync();
        _time.Advance(TimeSpan.FromDays(1));
        await ReminderScene.RunRemindersAsync(node);
        var afterAll = await CountsAsync();

        Assert.Equal((0, 0, 0, 0, 0), eightBefore);
        Assert.Equal((1, 1, 0, 0, 0), sevenBefore);
        Assert.Equal(sevenBefore, rerun);
        Assert.Equal(deliveriesAfterSeven, deliveriesAfterRerun);
        Assert.Equal((2, 2, 0, 0, 0), oneBefore);
        Assert.Equal((3, 3, 0, 0, 0), dueDay);
        Assert.Equal((4, 4, 0, 1, 0), overdue);
        Assert.All(quietDays, counts => Assert.Equal(overdue, counts));
        Assert.Equal((4, 4, 0, 1, 1), fiveOverdue);
        Assert.Equal(fiveOverdue, afterAll);

        var letters = await ReminderScene.QueuedToAsync(node, scene.ExecutorA);
        Assert.Equal(
            [
                "Нагадування про звіт за I квартал 2020 року (термін 25.04.2020)",
                "Нагадування про звіт за I квартал 2020 року (термін 25.04.2020)",
                "Нагадування про звіт за I квартал 2020 року (термін 25.04.2020)",
                "Прострочено звіт за I квартал 2020 року (термін 25.04.2020)",
            ],
            letters.Select(l => l.Subject));
        Assert.Contains("залишилося 7 днів", letters[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("залишилося 1 день", letters[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("сьогодні останній день", letters[2].TextBody, StringComparison.Ordinal);
        Assert.Contains("прострочено на 1 день", letters[3].TextBody, StringComparison.Ordinal);
        var escalation = Assert.Single(await ReminderScene.QueuedToAsync(node, scene.Coordinator));
        Assert.StartsWith("Не подано звіти вчасно за I квартал 2020 року", escalation.Subject, StringComparison.Ordinal);
        Assert.All(scene.MeasuresA, n => Assert.Contains(n, escalation.TextBody, StringComparison.Ordinal));
        var head = Assert.Single(await ReminderScene.QueuedToAsync(node, scene.Head));
        Assert.Contains("прострочено на 5 днів", head.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_letters_reach_a_real_SMTP_server_with_recipients_subject_measures_and_link()
    {
        await using var node = Node();
        var scene = await ReminderScene.CreateAsync(node);
        _time.Advance(TimeSpan.FromDays(1));

        await ReminderScene.RunRemindersAsync(node);
        await node.DeliverMailAsync();

        var letter = Assert.Single(_server.To(scene.ExecutorA.Email));
        Assert.Single(_server.To(scene.ExecutorB.Email));
        Assert.Empty(_server.To(scene.ExecutorSubmitted.Email));
        Assert.Empty(_server.To(scene.Coordinator.Email));
        Assert.Equal("Нагадування про звіт за I квартал 2020 року (термін 25.04.2020)", letter.Subject);
        var body = letter.TextBody;
        Assert.Contains("I квартал 2020 року — термін подання 25.04.2020 (залишилося 7 днів)", body, StringComparison.Ordinal);
        Assert.Contains("заходи " + string.Join(", ", scene.MeasuresA.Order(web::AntiCor.Web.Jobs.Reminders.MeasureNumbers.Comparer)), body, StringComparison.Ordinal);
        Assert.Contains("https://anticor.test/my/obligations", body, StringComparison.Ordinal);
        Assert.All(scene.MeasuresSubmitted.Except(scene.MeasuresA), n => Assert.DoesNotContain($" {n},", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_node_that_dies_before_sending_leaves_each_letter_to_be_sent_exactly_once_after_restart()
    {
        ReminderScene scene;
        await using (var first = Node())
        {
            scene = await ReminderScene.CreateAsync(first);
            _time.Advance(TimeSpan.FromDays(1));
            Assert.True(await ReminderScene.RunRemindersAsync(first));
            // The node stops here: letters queued, none sent.
        }

        Assert.Empty(_server.Messages);
        await using var restarted = Node();
        await ReminderScene.RunRemindersAsync(restarted);
        await restarted.DeliverMailAsync();
        await ReminderScene.RunRemindersAsync(restarted);
        await restarted.DeliverMailAsync();

        Assert.Single(_server.To(scene.ExecutorA.Email));
        Assert.Single(_server.To(scene.ExecutorB.Email));
        Assert.Single(await ReminderScene.QueuedToAsync(restarted, scene.ExecutorA));
    }
}
