namespace AntiCor.Core.Data;

/// <summary>
/// One SQLite file's single writer handed out in turns: first come, first served, except that a turn
/// asked for ahead of the queue (<see cref="SqliteWriteGate.AheadOfQueue"/>) is served before every
/// ordinary one still waiting. A plain semaphore cannot do that, and the outbox needs it: a letter the
/// SMTP server has accepted must be recorded as sent at once, not after a deadline rush's queue of
/// submissions, or a crash in that wait sends it twice.
/// </summary>
internal sealed class WriteTurns
{
    private readonly object _lock = new();
    private readonly LinkedList<TaskCompletionSource> _ahead = new();
    private readonly LinkedList<TaskCompletionSource> _inOrder = new();
    private bool _taken;

    /// <summary>Waits for the turn; false when <paramref name="maxWait"/> passed first (then nothing is held).</summary>
    public bool Wait(bool ahead, TimeSpan maxWait)
    {
        var (turn, node) = Enqueue(ahead);
        if (turn.Task.Wait(maxWait))
        {
            return true;
        }

        return GaveUp(node, ahead) is false;
    }

    /// <inheritdoc cref="Wait"/>
    public async Task<bool> WaitAsync(bool ahead, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var (turn, node) = Enqueue(ahead);
        try
        {
            await turn.Task.WaitAsync(maxWait, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return GaveUp(node, ahead) is false;
        }
        catch (OperationCanceledException)
        {
            if (GaveUp(node, ahead))
            {
                throw;
            }

            // The turn came at the same moment as the cancellation: it is ours, so let the caller proceed.
            return true;
        }
    }

    /// <summary>Hands the writer to the next waiter: ahead of the queue first, then in arrival order.</summary>
    public void Release()
    {
        TaskCompletionSource? next;
        lock (_lock)
        {
            next = Take(_ahead) ?? Take(_inOrder);
            if (next is null)
            {
                _taken = false;
                return;
            }
        }

        next.SetResult();
    }

    private (TaskCompletionSource Turn, LinkedListNode<TaskCompletionSource>? Node) Enqueue(bool ahead)
    {
        var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (!_taken)
            {
                _taken = true;
                turn.SetResult();
                return (turn, null);
            }

            return (turn, (ahead ? _ahead : _inOrder).AddLast(turn));
        }
    }

    /// <summary>True when the waiter left the queue without its turn; false when the turn had just been given to it.</summary>
    private bool GaveUp(LinkedListNode<TaskCompletionSource>? node, bool ahead)
    {
        lock (_lock)
        {
            if (node?.List is null)
            {
                return false;
            }

            (ahead ? _ahead : _inOrder).Remove(node);
            return true;
        }
    }

    private static TaskCompletionSource? Take(LinkedList<TaskCompletionSource> queue)
    {
        if (queue.First is not { } first)
        {
            return null;
        }

        queue.RemoveFirst();
        return first.Value;
    }
}
