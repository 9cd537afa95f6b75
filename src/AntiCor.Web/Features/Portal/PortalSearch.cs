using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Portal;

/// <summary>
/// Full-text search over an organisation's published measures and published reports, in one place
/// with a switch per database: SQLite's FTS5 tables (kept by triggers, migration Portal) and
/// PostgreSQL's <c>to_tsvector('simple', …)</c> (indexed by GIN). The 'simple' configuration and
/// FTS5's unicode61 tokenizer fold Ukrainian case without stemming, so each word is searched as a
/// prefix ("корупц" finds «корупції», «корупційних»). Raw SQL passes no tenant filter, so every
/// statement names the organisation and asks for published programmes (and reports) itself.
/// </summary>
public sealed partial class PortalSearch(AppDbContext db)
{
    public const int MaxResults = 50;
    public const int MaxQueryLength = 200;

    // Highlight markers the texts cannot contain; replaced by <mark> after HTML-encoding.
    private const char Start = '\u0002';
    private const char Stop = '\u0003';

    public sealed record Hit(Guid ProgrammeId, Guid MeasureId, string MeasureNumber, string ProgrammeTitle, bool InReport, string Highlighted);

    /// <summary>
    /// The words of a query, letters and digits only (so nothing of the search syntax gets through), at
    /// most 8; an apostrophe splits a word as both indexes do («об'єкт»: «об», «єкт»).
    /// </summary>
    public static IReadOnlyList<string> Words(string? query) =>
        [.. WordPattern().Matches(query ?? "").Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 2).Distinct().Take(8)];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    public async Task<IReadOnlyList<Hit>> FindAsync(Guid organizationId, string query, CancellationToken cancellationToken)
    {
        var words = Words(query);
        if (words.Count == 0)
        {
            return [];
        }

        var rows = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
            ? await PostgresAsync(organizationId, words, cancellationToken)
            : await SqliteAsync(organizationId, words, cancellationToken);
        return [.. rows.Select(r => new Hit(r.ProgrammeId, r.MeasureId, r.MeasureNumber, r.ProgrammeTitle, r.InReport != 0, Mark(r.Snippet)))];
    }

    private Task<List<Row>> SqliteAsync(Guid organizationId, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var match = string.Join(" ", words.Select(w => $"\"{w}\"*"));
        var org = organizationId.ToString().ToUpperInvariant();
        var start = Start.ToString();
        var stop = Stop.ToString();
        return db.Database.SqlQuery<Row>($"""
            SELECT p.Id AS ProgrammeId, m.Id AS MeasureId, m.Number AS MeasureNumber, p.Title AS ProgrammeTitle, 0 AS InReport,
                   highlight(MeasureSearch, 1, {start}, {stop}) AS Snippet, MeasureSearch.rank AS Rank
            FROM MeasureSearch
            JOIN Measures m ON m.Id = MeasureSearch.Id
            JOIN Directions d ON d.Id = m.DirectionId
            JOIN Programmes p ON p.Id = d.ProgrammeId
            WHERE MeasureSearch MATCH {match} AND upper(m.OrganizationId) = {org} AND p.PublishedAtUtc IS NOT NULL
            UNION ALL
            SELECT p.Id, m.Id, m.Number, p.Title, 1,
                   highlight(ReportSearch, 1, {start}, {stop}), ReportSearch.rank
            FROM ReportSearch
            JOIN Reports r ON r.Id = ReportSearch.Id
            JOIN Obligations o ON o.Id = r.ObligationId
            JOIN Measures m ON m.Id = o.MeasureId
            JOIN Programmes p ON p.Id = o.ProgrammeId
            WHERE ReportSearch MATCH {match} AND upper(r.OrganizationId) = {org} AND p.PublishedAtUtc IS NOT NULL
              AND r.PublishedAtUtc IS NOT NULL AND r.State = 'Accepted' AND o.WithdrawnAtUtc IS NULL
            ORDER BY Rank
            LIMIT {MaxResults}
            """).ToListAsync(cancellationToken);
    }

    private Task<List<Row>> PostgresAsync(Guid organizationId, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var tsQuery = string.Join(" & ", words.Select(w => w + ":*"));
        var options = $"StartSel={Start}, StopSel={Stop}, HighlightAll=true";
        return db.Database.SqlQuery<Row>($"""
            SELECT p."Id" AS "ProgrammeId", m."Id" AS "MeasureId", m."Number" AS "MeasureNumber", p."Title" AS "ProgrammeTitle", 0 AS "InReport",
                   ts_headline('simple', m."Text", q, {options}) AS "Snippet", -ts_rank(to_tsvector('simple', m."Text"), q)::float8 AS "Rank"
            FROM "Measures" m
            JOIN "Directions" d ON d."Id" = m."DirectionId"
            JOIN "Programmes" p ON p."Id" = d."ProgrammeId",
                 to_tsquery('simple', {tsQuery}) q
            WHERE to_tsvector('simple', m."Text") @@ q AND m."OrganizationId" = {organizationId} AND p."PublishedAtUtc" IS NOT NULL
            UNION ALL
            SELECT p."Id", m."Id", m."Number", p."Title", 1,
                   ts_headline('simple', r."WhatWasDone", q, {options}), -ts_rank(to_tsvector('simple', coalesce(r."WhatWasDone", '')), q)::float8
            FROM "Reports" r
            JOIN "Obligations" o ON o."Id" = r."ObligationId"
            JOIN "Measures" m ON m."Id" = o."MeasureId"
            JOIN "Programmes" p ON p."Id" = o."ProgrammeId",
                 to_tsquery('simple', {tsQuery}) q
            WHERE to_tsvector('simple', coalesce(r."WhatWasDone", '')) @@ q AND r."OrganizationId" = {organizationId}
              AND p."PublishedAtUtc" IS NOT NULL AND r."PublishedAtUtc" IS NOT NULL AND r."State" = 'Accepted' AND o."WithdrawnAtUtc" IS NULL
            ORDER BY "Rank"
            LIMIT {MaxResults}
            """).ToListAsync(cancellationToken);
    }

    /// <summary>The text HTML-encoded, with the database's highlight markers turned into &lt;mark&gt;.</summary>
    public static string Mark(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        return new StringBuilder(encoded).Replace(Start.ToString(), "<mark>").Replace(Stop.ToString(), "</mark>").ToString();
    }

    /// <summary>One result row as both databases return it.</summary>
    public sealed class Row
    {
        public Guid ProgrammeId { get; set; }
        public Guid MeasureId { get; set; }
        public string MeasureNumber { get; set; } = "";
        public string ProgrammeTitle { get; set; } = "";
        public int InReport { get; set; }
        public string Snippet { get; set; } = "";
        public double Rank { get; set; }
    }
}
