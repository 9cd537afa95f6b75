using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AntiCor.Web.Infrastructure.Health;

/// <summary>
/// The JSON a probe reads: the overall status and, per check, its status and one line saying why.
/// The lines are the checks' own words (counts, migration names, host and port of the SMTP server),
/// never a person's data or an exception's message.
/// </summary>
public static class HealthResponse
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        // Never cached, by the proxy or anyone else: a stale "ready" is worse than none.
        context.Response.Headers.CacheControl = "no-store, no-cache";
        context.Response.Headers.Pragma = "no-cache";
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
