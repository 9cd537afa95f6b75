using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace AntiCor.Load;

/// <summary>An SMTP server in the load process that counts each Message-ID it is handed: a letter sent twice shows as 2.</summary>
internal sealed class MailSink
{
    private readonly ConcurrentDictionary<string, int> _received = new();

    public MailSink()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(CancellationToken.None);
    }

    public int Port { get; }

    public IReadOnlyDictionary<string, int> Received => _received;

    private sealed class Store(MailSink owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            owner._received.AddOrUpdate(message.MessageId ?? "", 1, (_, n) => n + 1);
            return SmtpResponse.Ok;
        }
    }
}
