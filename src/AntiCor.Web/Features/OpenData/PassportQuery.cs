using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.OpenData;

/// <summary>
/// Builds an organisation's data-set passport from what is stored: the organisation (name,
/// ЄДРПОУ, contact), its published programmes (reporting frequency, when first published) and
/// the latest publication, edition or published report (last changed).
/// </summary>
public static class PassportQuery
{
    public const string License = "Creative Commons Attribution 4.0 International (CC BY 4.0)";
    public const string LicenseUrl = "https://creativecommons.org/licenses/by/4.0/deed.uk";

    public static async Task<PassportDocument?> RunAsync(
        AppDbContext db, string slug, DateTime nowUtc, Func<string, string> absolute, CancellationToken cancellationToken)
    {
        var text = slug.Trim().ToLowerInvariant();
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Slug == text)
            .Select(o => new { o.Id, o.Slug, o.Name, o.Code, o.ContactName, o.ContactEmail }).FirstOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var programmes = await db.Programmes.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.OrganizationId == organization.Id && p.PublishedAtUtc != null)
            .OrderByDescending(p => p.LegalBasis.Date).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Title, p.Reporting.Frequency, PublishedAt = p.PublishedAtUtc!.Value })
            .ToListAsync(cancellationToken);
        var ids = programmes.Select(p => p.Id).ToList();
        var lastEdition = await db.ProgrammeEditions.IgnoreQueryFilters().Where(e => ids.Contains(e.ProgrammeId))
            .MaxAsync(e => (DateTime?)e.CreatedAtUtc, cancellationToken);
        var lastReport = await db.Reports.IgnoreQueryFilters()
            .Where(r => r.OrganizationId == organization.Id && r.PublishedAtUtc != null && r.State == Core.Reporting.ReportState.Accepted)
            .MaxAsync(r => r.PublishedAtUtc, cancellationToken);

        DateTime? issued = programmes.Count == 0 ? null : Utc(programmes.Min(p => p.PublishedAt));
        var modified = new[] { programmes.Count == 0 ? (DateTime?)null : programmes.Max(p => p.PublishedAt), lastEdition, lastReport }
            .Where(d => d is not null).Select(d => Utc(d!.Value)).DefaultIfEmpty().Max();
        var frequency = programmes.Count == 0 ? (ReportingFrequency?)null : programmes.Min(p => p.Frequency);
        var apiList = (string path) => absolute($"{path}?organization={organization.Slug}");

        var distributions = new List<PassportDistribution>();
        foreach (var (title, path) in new[] { (OpenDataText.ProgrammesFile, OpenDataRoutes.Programmes), (OpenDataText.UnitsFile, OpenDataRoutes.Units) })
        {
            distributions.AddRange(Formats(title, apiList(path)));
        }

        foreach (var p in programmes)
        {
            distributions.Add(new PassportDistribution(OpenDataText.ProgrammeFile(p.Title), "JSON", ApiResponses.JsonType, absolute(OpenDataRoutes.ProgrammeOf(p.Id))));
            distributions.AddRange(Formats(OpenDataText.ReportsFile(p.Title), absolute(OpenDataRoutes.ReportsOf(p.Id))));
        }

        return new PassportDocument(
            Identifier: $"{organization.Code ?? organization.Slug}-anticorruption-programmes",
            Title: OpenDataText.PassportTitle(organization.Name),
            Description: OpenDataText.PassportDescription(organization.Name),
            AccrualPeriodicity: OpenDataText.Periodicity(frequency),
            Keyword: ["антикорупційна програма", "запобігання корупції", "заходи", "звіти про виконання", organization.Name],
            Purpose: OpenDataText.PassportPurpose,
            LandingPage: absolute(OpenDataRoutes.PassportPageOf(organization.Slug)),
            DistributionFormat: ["JSON", "CSV", "XLSX"],
            PublisherPrefLabel: organization.Name,
            PublisherIdentifier: organization.Code,
            ContactPointFn: organization.ContactName ?? organization.Name,
            ContactPointHasEmail: organization.ContactEmail,
            License: License,
            LicenseUrl: LicenseUrl,
            Issued: issued,
            Modified: modified == default ? null : modified,
            DataAsOf: Utc(nowUtc),
            Language: "uk",
            Distributions: distributions,
            Structure:
            [
                Table(OpenDataTables.Programmes),
                Table(OpenDataTables.Units),
                Table(OpenDataTables.Reports),
            ]);
    }

    private static IEnumerable<PassportDistribution> Formats(string title, string url)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        yield return new PassportDistribution(title, "JSON", ApiResponses.JsonType, url);
        yield return new PassportDistribution(title, "CSV", ApiResponses.CsvType, $"{url}{separator}format=csv&pageSize={ApiPaging.MaxPageSize}");
        yield return new PassportDistribution(title, "XLSX", ApiResponses.XlsxType, $"{url}{separator}format=xlsx&pageSize={ApiPaging.MaxPageSize}");
    }

    private static PassportTable Table<T>(OpenDataTable<T> table) =>
        new(table.Name, table.Title, table.Columns.Select(c => new PassportField(c.Name, c.Description)).ToList());

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
