using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace AntiCor.Web.Tests.Support.Accounts;

/// <summary>
/// A real SMTP server in the test process (SmtpServer package) that keeps every message it receives.
/// <see cref="Shared"/> serves the whole suite; <see cref="StartOwn"/> gives a test one whose
/// refusals it controls.
/// </summary>
public sealed class TestMailServer
{
    private static readonly Lazy<TestMailServer> Instance = new(() => new TestMailServer());
    private readonly ConcurrentQueue<MimeMessage> _messages = new();

    // Released once per letter stored: a waiting test wakes when one arrives instead of polling.
    private readonly SemaphoreSlim _arrived = new(0);
    private int _refuseNext;
    private int _deliveries;

    private TestMailServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(CancellationToken.None);
    }

    public static TestMailServer Shared => Instance.Value;

    /// <summary>A server of the test's own (it keeps listening until the test process ends).</summary>
    public static TestMailServer StartOwn() => new();

    /// <summary>Letters handed over at the DATA stage, accepted or refused.</summary>
    public int Deliveries => Volatile.Read(ref _deliveries);

    /// <summary>The next <paramref name="count"/> letters are refused with 452 (a temporary failure, as a full mail store answers).</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _refuseNext, count);

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => [.. _messages];

    /// <summary>Waits for the newest letter to an address (mail is sent within the request, so it is normally there already).</summary>
    public async Task<MimeMessage> WaitForAsync(string to, int after = 0)
    {
        do
        {
            var found = Messages.Where(m => m.To.Mailboxes.Any(x => x.Address.Equals(to, StringComparison.OrdinalIgnoreCase))).Skip(after).LastOrDefault();
            if (found is not null)
            {
                return found;
            }
        }
        while (await _arrived.WaitAsync(TimeSpan.FromSeconds(5)));

        throw new Xunit.Sdk.XunitException($"No letter to {to} arrived at the test SMTP server.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(TestMailServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref owner._deliveries);
            if (Interlocked.Decrement(ref owner._refuseNext) >= 0)
            {
                return new SmtpResponse(SmtpReplyCode.InsufficientStorage, "Mail store full, try again later");
            }

            using var stream = new MemoryStream(buffer.ToArray());
            owner._messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            owner._arrived.Release();
            return SmtpResponse.Ok;
        }
    }
}
