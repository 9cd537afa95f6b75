using AntiCor.Core.Data;

namespace AntiCor.Core.Tests.Data;

public sealed class WriteTurnsTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Waiters_get_the_writer_in_arrival_order()
    {
        var turns = new WriteTurns();
        Assert.True(turns.Wait(ahead: false, Long));
        var order = new List<int>();
        var first = Queue(turns, ahead: false, order, 1);
        var second = Queue(turns, ahead: false, order, 2);
        var third = Queue(turns, ahead: false, order, 3);

        turns.Release();
        await Task.WhenAll(first, second, third).WaitAsync(Long);

        Assert.Equal([1, 2, 3], order);
    }

    [Fact]
    public async Task A_turn_asked_ahead_of_the_queue_is_served_before_everyone_already_waiting()
    {
        var turns = new WriteTurns();
        Assert.True(turns.Wait(ahead: false, Long));
        var order = new List<int>();
        var rush = Enumerable.Range(1, 5).Select(i => Queue(turns, ahead: false, order, i)).ToList();
        var sentMark = Queue(turns, ahead: true, order, 99);

        turns.Release();
        await Task.WhenAll([.. rush, sentMark]).WaitAsync(Long);

        Assert.Equal([99, 1, 2, 3, 4, 5], order);
    }

    [Fact]
    public async Task A_waiter_that_gives_up_leaves_the_queue_and_the_next_one_gets_the_writer()
    {
        var turns = new WriteTurns();
        Assert.True(turns.Wait(ahead: false, Long));

        Assert.False(await turns.WaitAsync(ahead: false, TimeSpan.FromMilliseconds(20), CancellationToken.None));
        using var cancelled = new CancellationTokenSource();
        var cancelledWait = turns.WaitAsync(ahead: false, Long, cancelled.Token);
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelledWait);
        var next = turns.WaitAsync(ahead: false, Long, CancellationToken.None);

        turns.Release();

        Assert.True(await next.WaitAsync(Long));
        Assert.False(turns.Wait(ahead: false, TimeSpan.FromMilliseconds(20)));
    }

    /// <summary>Waits for a turn on a thread of its own, writes its number down, and hands the writer on.</summary>
    private static Task Queue(WriteTurns turns, bool ahead, List<int> order, int number)
    {
        var waiting = turns.WaitAsync(ahead, Long, CancellationToken.None);
        return Task.Run(async () =>
        {
            Assert.True(await waiting);
            lock (order)
            {
                order.Add(number);
            }

            turns.Release();
        });
    }
}
