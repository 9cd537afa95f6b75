using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace AntiCor.Web.Features.OpenData;

/// <summary>The formats a list is served in: ?format=json (the default), csv or xlsx.</summary>
public enum ApiFormat
{
    Json,
    Csv,
    Xlsx,
}

/// <summary>
/// Sends a built document with an ETag from its bytes: a request whose If-None-Match names it
/// gets 304 Not Modified and no body; a stale or foreign tag gets the document.
/// </summary>
public static class ApiResponses
{
    public const string JsonType = "application/json; charset=utf-8";
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static (ApiFormat Format, string? Error) ReadFormat(string? text)
    {
        text ??= "";
        return text.ToLowerInvariant() switch
        {
            "" or "json" => (ApiFormat.Json, null),
            "csv" => (ApiFormat.Csv, null),
            "xlsx" => (ApiFormat.Xlsx, null),
            _ => (ApiFormat.Json, OpenDataText.BadFormat(text)),
        };
    }

    public static IResult Json<T>(HttpContext context, T document) => Send(context, OpenDataJson.Bytes(document), JsonType, null);

    public static IResult Table<T>(HttpContext context, ApiFormat format, OpenDataTable<T> table, IReadOnlyList<T> rows, ApiPaging paging, int total)
    {
        var links = paging.Links(context.Request, total);
        context.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.Link = string.Join(", ", new[] { (links.Next, "next"), (links.Prev, "prev"), (links.First, "first"), (links.Last, "last") }
            .Where(l => l.Item1 is not null).Select(l => $"<{l.Item1}>; rel=\"{l.Item2}\""));
        return format == ApiFormat.Csv
            ? Send(context, table.Csv(rows), CsvType, table.Name + ".csv")
            : Send(context, table.Xlsx(rows), XlsxType, table.Name + ".xlsx");
    }

    public static IResult Send(HttpContext context, byte[] bytes, string contentType, string? downloadName)
    {
        var tag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"";
        var headers = context.Response.Headers;
        headers.ETag = tag;
        // Anyone may keep a copy, but asks again each time (cheaply, with If-None-Match).
        headers.CacheControl = "public, no-cache";
        if (Matches(context.Request, tag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return downloadName is null ? Results.Bytes(bytes, contentType) : Results.File(bytes, contentType, downloadName);
    }

    private static bool Matches(HttpRequest request, string tag)
    {
        var sent = request.Headers.IfNoneMatch;
        if (sent.Count == 0)
        {
            return false;
        }

        return EntityTagHeaderValue.TryParseList(sent, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(tag), useStrongComparison: false));
    }
}
