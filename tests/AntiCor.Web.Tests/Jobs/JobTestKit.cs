extern alias web;

using AntiCor.Core.Mail;
using AntiCor.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace AntiCor.Web.Tests.Jobs;

/// <summary>What the scheduler and outbox tests share: a fixed start, queuing a letter as a page does, reading what arrived.</summary>
internal static class JobTestKit
{
    /// <summary>A winter weekday at noon in Kyiv: the hourly checkpoint published at a first start is next due at 11:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Queues a letter through the node's outbox and saves it, as a handler's SaveChanges would.</summary>
    public static async Task<OutboxMessage> QueueAsync(this WebApplicationFactory<web::Program> node, string to, string subject, string body = "Текст листа.")
    {
        await using var scope = node.Services.CreateAsyncScope();
        var message = scope.ServiceProvider.GetRequiredService<IOutbox>().Enqueue(new OutboxLetter(to, subject, body));
        await scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>().SaveChangesAsync();
        return message;
    }

    public static async Task<OutboxMessage> StoredAsync(this NodeFactory node, Guid id) =>
        await node.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    public static List<MimeMessage> To(this Support.Accounts.TestMailServer server, string address) =>
        [.. server.Messages.Where(m => m.To.Mailboxes.Any(x => x.Address.Equals(address, StringComparison.OrdinalIgnoreCase)))];
}
