using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AntiCor.Core.Data;

/// <summary>
/// Lets the write transactions of this process into a SQLite file one at a time, in arrival order.
/// SQLite has a single writer. Without the gate, transactions that found the file busy were retried
/// by Microsoft.Data.Sqlite after 150 ms sleeps (or, with a busy handler, in no particular order),
/// so fifty executors submitting at once waited seconds for writes of milliseconds each. Queued on
/// a semaphore, each waits only for the writes ahead of it. Readers are not gated: in WAL mode they
/// never wait. Another process writing the same file (the CLI) meets SQLite's busy handler.
/// </summary>
/// <remarks>
/// A transaction gives its place back when it commits, rolls back or fails, and at the latest
/// when its connection closes or is disposed: a transaction disposed without either (an exception
/// inside a `using`) is rolled back by SQLite then, and EF has no interception point for it.
/// </remarks>
public sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbConnectionInterceptor
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>As long as the provider's own busy timeout: a write that waits longer is refused, as it would be without the gate.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, Place> _byTransaction = new();
    private readonly ConcurrentDictionary<Guid, Place> _byConnection = new();

    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        var gate = GateOf(connection);
        if (!gate.Wait(MaxWait))
        {
            throw Busy();
        }

        Hold(eventData, gate);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        var gate = GateOf(connection);
        if (!await gate.WaitAsync(MaxWait, cancellationToken))
        {
            throw Busy();
        }

        Hold(eventData, gate);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData.TransactionId);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.TransactionId);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData.TransactionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.TransactionId);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Leave(eventData.TransactionId);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.TransactionId);
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveConnection(eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveConnection(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveConnection(eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveConnection(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    private void Hold(TransactionStartingEventData eventData, SemaphoreSlim gate)
    {
        var place = new Place(gate);
        _byTransaction[eventData.TransactionId] = place;
        _byConnection[eventData.ConnectionId] = place;
    }

    private void Leave(Guid transactionId)
    {
        if (_byTransaction.TryRemove(transactionId, out var place))
        {
            place.Release();
        }
    }

    private void LeaveConnection(Guid connectionId)
    {
        if (_byConnection.TryRemove(connectionId, out var place))
        {
            place.Release();
        }
    }

    private static SemaphoreSlim GateOf(DbConnection connection) =>
        Gates.GetOrAdd(FileOf(connection), _ => new SemaphoreSlim(1, 1));

    private static string FileOf(DbConnection connection) =>
        connection is SqliteConnection sqlite ? Path.GetFullPath(new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource) : connection.ConnectionString;

    private static TimeoutException Busy() => new("База даних зайнята іншими записами понад 30 с; спробуйте ще раз.");

    /// <summary>One transaction's place at the gate, given back exactly once however the transaction ends.</summary>
    private sealed class Place(SemaphoreSlim gate)
    {
        private int _released;

        public void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
