using System.ComponentModel;
using AntiCor.Core.Data;
using AntiCor.Core.Programmes;
using AntiCor.Core.Reporting;
using AntiCor.Core.Tenancy;
using AntiCor.Web.Features.My;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.OpenData;

/// <summary>
/// The open-data API under /api/v1: organisations, published programmes (the contract of
/// contracts/programme.schema.json), their published reports, executors, and each
/// organisation's data-set passport. Anonymous, GET only, open to every origin (CORS), served
/// from the output cache, with ETags; lists are paged and also come as CSV or XLSX. A draft
/// programme does not exist here (404).
/// </summary>
public static class OpenDataApi
{
    public const string CorsPolicy = "open-data";
    private const string Tag = "Відкриті дані";

    public static WebApplicationBuilder AddOpenDataApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD")
            .WithHeaders("If-None-Match", "Accept")
            .WithExposedHeaders("ETag", "Link", "X-Total-Count", "Content-Disposition")));
        builder.Services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "АнтиКор: відкриті дані";
                document.Info.Description = OpenDataText.ReferenceLead;
                document.Info.License = new Microsoft.OpenApi.OpenApiLicense { Name = "CC BY 4.0", Url = new Uri(PassportQuery.LicenseUrl) };
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapOpenDataApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().CacheOutput(PublicCache.Api).RequireCors(CorsPolicy).AllowAnonymous();
        var api = app.MapGroup(OpenDataRoutes.Base).RequireCors(CorsPolicy).CacheOutput(PublicCache.Api).AllowAnonymous().WithTags(Tag);

        api.MapGet("/organizations", OrganizationsAsync).WithName("Organizations")
            .WithSummary("Організації").WithDescription("Усі організації розгортання, за назвою.")
            .Produces<ListDocument<OrganizationItem>>(contentType: "application/json").ProducesTables().ProducesProblem(400);
        api.MapGet("/organizations/{organization}/passport", PassportAsync).WithName("Passport")
            .WithSummary("Паспорт набору даних організації")
            .WithDescription("Метадані набору за постановою КМУ № 835 у назвах полів реєстру порталу data.gov.ua.")
            .Produces<PassportDocument>(contentType: "application/json").ProducesProblem(404);
        api.MapGet("/programmes", ProgrammesAsync).WithName("Programmes")
            .WithSummary("Оприлюднені програми").WithDescription("Оприлюднені програми, за організацією й датою акта; чернеток тут немає.")
            .Produces<ListDocument<ProgrammeItem>>(contentType: "application/json").ProducesTables().ProducesProblem(400).ProducesProblem(404);
        api.MapGet("/programmes/{id:guid}", ProgrammeAsync).WithName("Programme")
            .WithSummary("Програма").WithDescription("Документ програми за контрактом contracts/programme.schema.json.")
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        api.MapGet("/programmes/{id:guid}/reports", ReportsAsync).WithName("ProgrammeReports")
            .WithSummary("Оприлюднені звіти програми")
            .WithDescription("Заходи програми з оприлюдненими прийнятими звітами виконавців за періодами: статус, висновок, що зроблено, дата, показники, підтвердні матеріали.")
            .Produces<ReportsDocument>(contentType: "application/json").ProducesTables().ProducesProblem(400).ProducesProblem(404);
        api.MapGet("/units", UnitsAsync).WithName("Units")
            .WithSummary("Виконавці").WithDescription("Підрозділи, групи й посадові особи, що виконують заходи оприлюднених програм або координують їх.")
            .Produces<ListDocument<UnitItem>>(contentType: "application/json").ProducesTables().ProducesProblem(400).ProducesProblem(404);

        // Files are not kept in the output cache (they may be large); they are limited per address instead.
        app.MapGet(OpenDataRoutes.Evidence, EvidenceAsync).WithName("Evidence").WithTags(Tag)
            .WithSummary("Оприлюднений підтвердний файл").Produces(200, contentType: "application/octet-stream").ProducesProblem(404)
            .RequireCors(CorsPolicy).AllowAnonymous().RequireExportRateLimit();
        return app;
    }

    private static RouteHandlerBuilder ProducesTables(this RouteHandlerBuilder builder) =>
        builder.Produces(200, contentType: ApiResponses.CsvType).Produces(200, contentType: ApiResponses.XlsxType);

    private static async Task<IResult> OrganizationsAsync(
        HttpContext context, AppDbContext db,
        [Description("Номер сторінки, від 1")] string? page,
        [Description("Записів на сторінці, 1–1000 (типово 100)")] string? pageSize,
        [Description("json (типово), csv або xlsx")] string? format,
        CancellationToken cancellationToken)
    {
        if (Refusal(page, pageSize, format, out var paging, out var kind) is { } refused)
        {
            return refused;
        }

        PublicCache.Tag(context, PublicCache.AcrossOrganizationsTag);
        var (items, total) = await OpenDataQueries.OrganizationsAsync(db, paging, Absolute(context), cancellationToken);
        return kind == ApiFormat.Json
            ? ApiResponses.Json(context, new ListDocument<OrganizationItem>(items, paging.Page, paging.PageSize, total, paging.Links(context.Request, total)))
            : ApiResponses.Table(context, kind, OpenDataTables.Organizations, items, paging, total);
    }

    private static async Task<IResult> PassportAsync(string organization, HttpContext context, AppDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var passport = await PassportQuery.RunAsync(db, organization, time.GetUtcNow().UtcDateTime, Absolute(context), cancellationToken);
        if (passport is null)
        {
            return ApiProblems.NotFound(OpenDataText.UnknownOrganization(organization));
        }

        var found = await OpenDataQueries.OrganizationAsync(db, organization, cancellationToken);
        PublicCache.Tag(context, PublicCache.OrganizationTag(found!.Id));
        return ApiResponses.Json(context, passport);
    }

    private static Task<IResult> ProgrammesAsync(
        HttpContext context, AppDbContext db,
        [Description("Коротка адреса організації (slug), щоб узяти лише її програми")] string? organization,
        [Description("Номер сторінки, від 1")] string? page,
        [Description("Записів на сторінці, 1–1000 (типово 100)")] string? pageSize,
        [Description("json (типово), csv або xlsx")] string? format,
        CancellationToken cancellationToken) =>
        OrganizationListAsync(context, db, organization, page, pageSize, format, OpenDataTables.Programmes,
            (organizationId, paging) => OpenDataQueries.ProgrammesAsync(db, organizationId, paging, Absolute(context), cancellationToken), cancellationToken);

    private static Task<IResult> UnitsAsync(
        HttpContext context, AppDbContext db,
        [Description("Коротка адреса організації (slug), щоб узяти лише її виконавців")] string? organization,
        [Description("Номер сторінки, від 1")] string? page,
        [Description("Записів на сторінці, 1–1000 (типово 100)")] string? pageSize,
        [Description("json (типово), csv або xlsx")] string? format,
        CancellationToken cancellationToken) =>
        OrganizationListAsync(context, db, organization, page, pageSize, format, OpenDataTables.Units,
            (organizationId, paging) => OpenDataQueries.UnitsAsync(db, organizationId, paging, Absolute(context), cancellationToken), cancellationToken);

    /// <summary>A list that may be narrowed to one organisation: the paging and format checked, the organisation found, the page in the asked format.</summary>
    private static async Task<IResult> OrganizationListAsync<T>(
        HttpContext context, AppDbContext db, string? organization, string? page, string? pageSize, string? format, OpenDataTable<T> table,
        Func<Guid?, ApiPaging, Task<(IReadOnlyList<T> Items, int Total)>> query, CancellationToken cancellationToken)
    {
        if (Refusal(page, pageSize, format, out var paging, out var kind) is { } refused)
        {
            return refused;
        }

        var (organizationId, missing) = await FilterAsync(context, db, organization, cancellationToken);
        if (missing is not null)
        {
            return missing;
        }

        var (items, total) = await query(organizationId, paging);
        return kind == ApiFormat.Json
            ? ApiResponses.Json(context, new ListDocument<T>(items, paging.Page, paging.PageSize, total, paging.Links(context.Request, total)))
            : ApiResponses.Table(context, kind, table, items, paging, total);
    }

    private static async Task<IResult> ProgrammeAsync(Guid id, HttpContext context, AppDbContext db, TenantScope scope, CancellationToken cancellationToken)
    {
        if (!await EnterProgrammeAsync(context, db, scope, id, cancellationToken))
        {
            return ApiProblems.NotFound(OpenDataText.UnknownProgramme);
        }

        var programme = await ProgrammeQueries.LoadForExportAsync(db, id, cancellationToken);
        return programme is null
            ? ApiProblems.NotFound(OpenDataText.UnknownProgramme)
            : ApiResponses.Json(context, ProgrammeVisibility.WithoutDoubts(
                ProgrammeContractMapper.ToDocument(programme, await ProgrammeQueries.IndicatorsAsync(db, programme, cancellationToken))));
    }

    private static async Task<IResult> ReportsAsync(
        Guid id, HttpContext context, AppDbContext db, TenantScope scope,
        [Description("Звітний період: 2020Q1, 2020H1, 2020 або 2020-03; без нього — усі періоди")] string? period,
        [Description("Номер сторінки заходів, від 1")] string? page,
        [Description("Заходів на сторінці, 1–1000 (типово 100)")] string? pageSize,
        [Description("json (типово), csv або xlsx")] string? format,
        CancellationToken cancellationToken)
    {
        if (Refusal(page, pageSize, format, out var paging, out var kind) is { } refused)
        {
            return refused;
        }

        PeriodKey? key = null;
        if (period is not null)
        {
            if (!PeriodKey.TryParse(period, out var parsed))
            {
                return ApiProblems.BadRequest(OpenDataText.BadPeriod(period));
            }

            key = parsed;
        }

        if (!await EnterProgrammeAsync(context, db, scope, id, cancellationToken))
        {
            return ApiProblems.NotFound(OpenDataText.UnknownProgramme);
        }

        if (await ReportsQuery.RunAsync(db, id, key, paging, Absolute(context), cancellationToken) is not { } found)
        {
            return ApiProblems.NotFound(OpenDataText.PeriodNotInCalendar(key!.Value.ToString()));
        }

        var (items, total) = found;
        return kind == ApiFormat.Json
            ? ApiResponses.Json(context, new ReportsDocument(id, key?.ToString(), items, paging.Page, paging.PageSize, total, paging.Links(context.Request, total)))
            : ApiResponses.Table(context, kind, OpenDataTables.Reports, OpenDataTables.Rows(id, items).ToList(), paging, total);
    }

    private static async Task<IResult> EvidenceAsync(Guid reportId, Guid evidenceId, AppDbContext db, EvidenceStore store, CancellationToken cancellationToken)
    {
        var evidence = await (
            from r in db.Reports.IgnoreQueryFilters()
            join o in db.Obligations.IgnoreQueryFilters() on r.ObligationId equals o.Id
            join p in db.Programmes.IgnoreQueryFilters() on o.ProgrammeId equals p.Id
            where r.Id == reportId && r.State == ReportState.Accepted && r.PublishedAtUtc != null && p.PublishedAtUtc != null
            from e in r.Evidence
            where e.Id == evidenceId && e.IsPublic && e.ContentSha256 != null
            select new { e.ContentSha256, e.MediaType, e.FileName }).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var bytes = evidence is null ? null : await store.ReadAsync(evidence.ContentSha256!, cancellationToken);
        return bytes is null
            ? ApiProblems.NotFound(OpenDataText.UnknownEvidence)
            : Results.File(bytes, evidence!.MediaType ?? "application/octet-stream", evidence.FileName ?? evidence.ContentSha256);
    }

    /// <summary>The programme's organisation becomes the request's scope: the queries after it see its records only.</summary>
    private static async Task<bool> EnterProgrammeAsync(HttpContext context, AppDbContext db, TenantScope scope, Guid id, CancellationToken cancellationToken)
    {
        if (await OpenDataQueries.PublishedProgrammeOrganizationAsync(db, id, cancellationToken) is not { } organization)
        {
            return false;
        }

        scope.Enter(organization);
        PublicCache.Tag(context, PublicCache.OrganizationTag(organization), PublicCache.ProgrammeTag(id));
        return true;
    }

    private static async Task<(Guid? Id, IResult? Missing)> FilterAsync(HttpContext context, AppDbContext db, string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            PublicCache.Tag(context, PublicCache.AcrossOrganizationsTag);
            return (null, null);
        }

        if (await OpenDataQueries.OrganizationAsync(db, slug, cancellationToken) is not { } organization)
        {
            return (null, ApiProblems.NotFound(OpenDataText.UnknownOrganization(slug)));
        }

        PublicCache.Tag(context, PublicCache.OrganizationTag(organization.Id));
        return (organization.Id, null);
    }

    private static IResult? Refusal(string? page, string? pageSize, string? format, out ApiPaging paging, out ApiFormat kind)
    {
        var (read, error) = ApiPaging.Read(page, pageSize);
        paging = read ?? new ApiPaging(1, ApiPaging.DefaultPageSize);
        var (parsed, formatError) = ApiResponses.ReadFormat(format);
        kind = parsed;
        return error is not null ? ApiProblems.BadRequest(error) : formatError is not null ? ApiProblems.BadRequest(formatError) : null;
    }

    private static Func<string, string> Absolute(HttpContext context)
    {
        var request = context.Request;
        return path => UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase) .TrimEnd('/') + path;
    }
}
