namespace AntiCor.Web.Features.OpenData;

/// <summary>
/// An organisation's data set described as the Cabinet of Ministers resolution No. 835 and the
/// national open-data portal (data.gov.ua) ask: the register's field names first (identifier,
/// title, description, accrualPeriodicity, keyword, purpose, landingPage, distributionFormat,
/// publisherPrefLabel, publisherIdentifier, contactPointFn, contactPointHasEmail), then the rest
/// of the passport — licence, dates, the files and their structure (contracts/passport.schema.json).
/// </summary>
public sealed record PassportDocument(
    string Identifier,
    string Title,
    string Description,
    string AccrualPeriodicity,
    IReadOnlyList<string> Keyword,
    string Purpose,
    string LandingPage,
    IReadOnlyList<string> DistributionFormat,
    string PublisherPrefLabel,
    string? PublisherIdentifier,
    string ContactPointFn,
    string? ContactPointHasEmail,
    string License,
    string LicenseUrl,
    DateTime? Issued,
    DateTime? Modified,
    DateTime DataAsOf,
    string Language,
    IReadOnlyList<PassportDistribution> Distributions,
    IReadOnlyList<PassportTable> Structure);

/// <summary>One file of the data set: what it holds, its format and where to take it.</summary>
public sealed record PassportDistribution(string Title, string Format, string MediaType, string DownloadUrl);

/// <summary>One table of the data set and its fields, as the CSV and XLSX files name them.</summary>
public sealed record PassportTable(string Table, string Title, IReadOnlyList<PassportField> Fields);

public sealed record PassportField(string Name, string Description);
