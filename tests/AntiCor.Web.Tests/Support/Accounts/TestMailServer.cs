using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace AntiCor.Web.Tests.Support.Accounts;

/// <summary>A real SMTP server in the test process (SmtpServer package) that keeps every message it receives.</summary>
public sealed class TestMailServer
{
    private static readonly Lazy<TestMailServer> Instance = new(() => new TestMailServer());
    private readonly ConcurrentQueue<MimeMessage> _messages = new();

    private TestMailServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(CancellationToken.None);
    }

    public static TestMailServer Shared => Instance.Value;

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => [.. _messages];

    /// <summary>Waits for the newest letter to an address (mail is sent within the request, so it is normally there already).</summary>
    public async Task<MimeMessage> WaitForAsync(string to, int after = 0)
    {
        for (var i = 0; i < 100; i++)
        {
            var found = Messages.Where(m => m.To.Mailboxes.Any(x => x.Address.Equals(to, StringComparison.OrdinalIgnoreCase))).Skip(after).LastOrDefault();
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(50);
        }

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
            using var stream = new MemoryStream(buffer.ToArray());
            owner._messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
