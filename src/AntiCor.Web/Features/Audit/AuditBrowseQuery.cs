using AntiCor.Core.Domain;
using System.Globalization;
using System.Text.Json;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Audit;

/// <summary>
/// The audit trail newest first, filtered and paged in the query. Dates are Kyiv days typed as
/// dd.MM.yyyy, both inclusive. Changed fields come from each row's Changes JSON as text, never markup.
/// </summary>
public static class AuditBrowseQuery
{
    public const int PageSize = 50;

    public static readonly IReadOnlyList<string> Actions =
    [
        AuditActions.Created, AuditActions.Updated, AuditActions.Deleted, AuditActions.SignedIn, AuditActions.SignInFailed,
        AuditActions.SignedOut, AuditActions.RoleChanged, AuditActions.Exported, AuditActions.EvidenceDownloaded,
    ];

    public sealed record Filter(
        string? From = null, string? To = null, string? Actor = null, string? Action = null,
        string? EntityType = null, string? EntityId = null, int Page = 1);

    public sealed record FieldChange(string Field, string? Before, string? After, bool HasBefore, bool HasAfter);

    public sealed record Row(
        long Sequence, DateTime AtKyiv, string ActorName, string? ActorId, string? Ip, string Action,
        string? EntityType, string? EntityId, IReadOnlyList<FieldChange> Changes);

    public sealed record Result(IReadOnlyList<Row> Rows, int Page, bool HasNewer, bool HasOlder, IReadOnlyDictionary<string, string> Errors);

    /// <summary>A dd.MM.yyyy date, or null when empty; false when it cannot be read.</summary>
    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        return false;
    }

    public static async Task<Result> RunAsync(AppDbContext db, Filter filter, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        if (!TryParseDate(filter.From, out var from))
        {
            errors[nameof(Filter.From)] = AuditText.BadDate;
        }

        if (!TryParseDate(filter.To, out var to))
        {
            errors[nameof(Filter.To)] = AuditText.BadDate;
        }

        if (from is { } f && to is { } t && t < f)
        {
            errors[nameof(Filter.To)] = AuditText.BadRange;
        }

        var page = Math.Max(1, filter.Page);
        if (errors.Count > 0)
        {
            return new Result([], page, false, false, errors);
        }

        var query = InScope(db);
        if (from is { } start)
        {
            var startUtc = KyivTime.ToUtc(start.ToDateTime(TimeOnly.MinValue));
            query = query.Where(a => a.AtUtc >= startUtc);
        }

        if (to is { } end)
        {
            var endUtc = KyivTime.ToUtc(end.AddDays(1).ToDateTime(TimeOnly.MinValue));
            query = query.Where(a => a.AtUtc < endUtc);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            query = query.Where(a => a.ActorName.Contains(actor) || a.ActorId == actor);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(a => a.Action == filter.Action.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(a => a.EntityId == filter.EntityId.Trim());
        }

        var read = await query.OrderByDescending(a => a.Sequence)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new { a.Sequence, a.AtUtc, a.ActorName, a.ActorId, a.Ip, a.Action, a.EntityType, a.EntityId, a.Changes })
            .ToListAsync(cancellationToken);
        var rows = read.Take(PageSize)
            .Select(a => new Row(a.Sequence, KyivTime.FromUtc(a.AtUtc), a.ActorName, a.ActorId, a.Ip, a.Action, a.EntityType, a.EntityId, ReadChanges(a.Changes)))
            .ToList();
        return new Result(rows, page, page > 1, read.Count > PageSize, errors);
    }

    /// <summary>
    /// An organisation's auditors read its own chain; deployment-wide events are the system's, read
    /// only outside requests (the command line, tests).
    /// </summary>
    private static IQueryable<AuditEntry> InScope(AppDbContext db)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (db.Tenant.Unrestricted)
        {
            return query;
        }

        var chain = db.Tenant.OrganizationId ?? Guid.Empty;
        return query.Where(a => a.ChainId == chain);
    }

    /// <summary>The entity types present in the trail, for the filter's list.</summary>
    public static async Task<IReadOnlyList<string>> EntityTypesAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        await InScope(db).Where(a => a.EntityType != null).Select(a => a.EntityType!).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);

    /// <summary>{"Field": {"from": …, "to": …}} as a list; anything else in the column is shown as one raw line.</summary>
    public static IReadOnlyList<FieldChange> ReadChanges(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new FieldChange("", null, json, false, true)];
            }

            var list = new List<FieldChange>();
            foreach (var field in document.RootElement.EnumerateObject())
            {
                if (field.Value.ValueKind != JsonValueKind.Object)
                {
                    list.Add(new FieldChange(field.Name, null, Text(field.Value), false, true));
                    continue;
                }

                var hasBefore = field.Value.TryGetProperty("from", out var before);
                var hasAfter = field.Value.TryGetProperty("to", out var after);
                list.Add(new FieldChange(field.Name, hasBefore ? Text(before) : null, hasAfter ? Text(after) : null, hasBefore, hasAfter));
            }

            return list;
        }
        catch (JsonException)
        {
            return [new FieldChange("", null, json, false, true)];
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
