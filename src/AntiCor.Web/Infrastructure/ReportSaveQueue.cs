using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// The executors' report posts, a few at a time for the whole server and the rest waiting at the
/// door in arrival order. On a deadline day two hundred executors may post at once; let in together,
/// each read its form, opened a connection, loaded its obligation and then waited for the single
/// SQLite writer (or PostgreSQL's chain lock) holding all of it: the server of a back-to-back rush
/// of 200 peaked at 385 MB on SQLite, 288 MB with the queue (bench/RESULTS.md), and PostgreSQL
/// stored more per second. Waiting before the form is read costs a request almost nothing, and the
/// writes were one at a time anyway. A post past the queue's length is refused with the rate
/// limiter's 429 page, which asks to try again in a few minutes.
/// </summary>
public static class ReportSaveQueue
{
    public const string ConfigurationSection = "RateLimits:ReportSaves";

    public static void AddReportSaveQueue(this WebApplicationBuilder builder) =>
        builder.Services.AddOptions<ReportSaveQueueSettings>().Bind(builder.Configuration.GetSection(ConfigurationSection));

    public static RateLimitPartition<string> Partition(HttpContext context)
    {
        if (RateLimits.IsRead(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var settings = context.RequestServices.GetRequiredService<IOptionsMonitor<ReportSaveQueueSettings>>().CurrentValue;
        var permits = settings.Concurrency > 0 ? settings.Concurrency : ReportSaveQueueSettings.DefaultConcurrency;
        var queue = Math.Max(0, settings.QueueLimit);
        return RateLimitPartition.GetConcurrencyLimiter($"saves|{permits}|{queue}", _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }
}

/// <summary>How many report posts run at once (0: <see cref="DefaultConcurrency"/>) and how many may wait.</summary>
public sealed class ReportSaveQueueSettings
{
    /// <summary>
    /// Two per core, and at least eight: a post spends part of its time waiting for the database,
    /// during which another can use the core; more than that only queue inside the server. (On one
    /// core, 4, 8 and 16 stored about as many per second, within the runs' noise.)
    /// </summary>
    public static int DefaultConcurrency => Math.Max(8, 2 * Environment.ProcessorCount);

    public int Concurrency { get; set; }

    /// <summary>Every executor of a large council posting at the same second, with room to spare.</summary>
    public int QueueLimit { get; set; } = 2000;
}
