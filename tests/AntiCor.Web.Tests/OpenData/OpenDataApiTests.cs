using System.Net;
using System.Text;
using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using CsvHelper;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.OpenData;

/// <summary>The open-data API on the seed, read anonymously: documents valid against contracts/, paging, downloads, ETags, CORS and refusals.</summary>
[Collection(AppCollection.Name)]
public sealed class OpenDataApiTests(AntiCorFactory factory)
{
    private Task<Guid> SeedProgrammeAsync() => factory.QueryAsync(db => db.Programmes.Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task The_organisations_list_validates_and_names_the_seed_city_with_its_published_programme()
    {
        var list = await OpenDataClient.JsonAsync(factory.NewClient(), "/api/v1/organizations", OpenDataSchema.Organizations);

        var city = Assert.Single(OpenDataClient.Items(list));
        Assert.Equal(SeedProgramme.OrganizationSlug, city.GetProperty("slug").GetString());
        Assert.Equal(SeedProgramme.OrganizationName, city.GetProperty("name").GetString());
        Assert.Equal(1, city.GetProperty("publishedProgrammes").GetInt32());
        Assert.EndsWith("/api/v1/organizations/kropyvnytskyi/passport", city.GetProperty("passport").GetString());
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_programme_list_and_the_programme_document_validate_and_carry_no_import_doubts()
    {
        var client = factory.NewClient();
        var id = await SeedProgrammeAsync();

        var list = await OpenDataClient.JsonAsync(client, "/api/v1/programmes?organization=kropyvnytskyi", OpenDataSchema.Programmes);
        var item = Assert.Single(OpenDataClient.Items(list));
        Assert.Equal(id, item.GetProperty("id").GetGuid());
        Assert.Equal(26, item.GetProperty("measures").GetInt32());

        var document = await OpenDataClient.JsonAsync(client, item.GetProperty("url").GetString()!, OpenDataSchema.Programme);
        var programme = document.GetProperty("programme");
        Assert.Equal(id.ToString(), programme.GetProperty("id").GetString());
        Assert.Equal(SeedProgramme.OrganizationName, programme.GetProperty("organization").GetString());
        Assert.True(programme.TryGetProperty("publishedAt", out _));
        Assert.Empty(document.GetProperty("warnings").EnumerateArray());
        var measures = programme.GetProperty("directions").EnumerateArray().SelectMany(d => d.GetProperty("measures").EnumerateArray()).ToList();
        Assert.Equal(26, measures.Count);
        Assert.All(measures, m => Assert.False(m.GetProperty("needsReview").GetBoolean()));
        Assert.All(measures, m => Assert.Equal(System.Text.Json.JsonValueKind.Null, m.GetProperty("source").ValueKind));
    }

    [Fact]
    public async Task The_units_list_pages_with_a_total_and_links_and_the_pages_do_not_overlap()
    {
        var client = factory.NewClient();
        var first = await OpenDataClient.JsonAsync(client, "/api/v1/units?organization=kropyvnytskyi&pageSize=5", OpenDataSchema.Units);
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total > 5, $"total {total}");
        Assert.Equal(5, OpenDataClient.Items(first).Count());
        var links = first.GetProperty("links");
        Assert.False(links.TryGetProperty("prev", out _));
        var next = links.GetProperty("next").GetString()!;
        Assert.Contains("organization=kropyvnytskyi", next);
        Assert.Contains("page=2", next);
        Assert.Contains($"page={(total + 4) / 5}", links.GetProperty("last").GetString());

        var second = await OpenDataClient.JsonAsync(client, next, OpenDataSchema.Units);
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Contains("page=1", second.GetProperty("links").GetProperty("prev").GetString());
        var ids = OpenDataClient.Items(first).Concat(OpenDataClient.Items(second)).Select(u => u.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());

        var all = await OpenDataClient.JsonAsync(client, "/api/v1/units?pageSize=1000", OpenDataSchema.Units);
        Assert.Equal(total, OpenDataClient.Items(all).Count());
        Assert.Contains(OpenDataClient.Items(all), u => u.GetProperty("name").GetString() == "Відділ кадрової роботи" && u.GetProperty("measures").GetInt32() > 0);
        var beyond = await OpenDataClient.JsonAsync(client, "/api/v1/units?page=99", OpenDataSchema.Units);
        Assert.Empty(OpenDataClient.Items(beyond));
    }

    [Fact]
    public async Task The_csv_download_has_a_byte_order_mark_and_reads_back_with_the_cyrillic_names()
    {
        var client = factory.NewClient();
        using var response = await client.GetAsync("/api/v1/units?organization=kropyvnytskyi&format=csv&pageSize=1000");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("units.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        var names = new List<string>();
        using (var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { HasHeader = false }))
        {
            Assert.True(reader.Read());
            Assert.Equal("id", reader.GetString(0));
            Assert.Equal("name", reader.GetString(2));
            while (reader.Read())
            {
                names.Add(reader.GetString(2));
            }
        }

        Assert.Contains("Відділ кадрової роботи", names);
        Assert.Contains("Громадська рада", names);
        Assert.Equal(response.Headers.GetValues("X-Total-Count").Single(), names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_xlsx_download_opens_with_the_same_cyrillic_rows_as_the_json()
    {
        var client = factory.NewClient();
        var json = await OpenDataClient.JsonAsync(client, "/api/v1/programmes");
        using var response = await client.GetAsync("/api/v1/programmes?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        var item = Assert.Single(OpenDataClient.Items(json));
        Assert.Equal(item.GetProperty("title").GetString(), row["title"]?.ToString());
        Assert.Equal(SeedProgramme.OrganizationName, row["organizationName"]?.ToString());
        Assert.Equal("розпорядження", row["actKind"]?.ToString());
        Assert.Equal("26", row["measures"]?.ToString());
    }

    [Fact]
    public async Task A_repeated_request_with_the_etag_gets_304_and_a_stale_etag_gets_the_document()
    {
        var client = factory.NewClient();
        var id = await SeedProgrammeAsync();
        using var first = await client.GetAsync($"/api/v1/programmes/{id}");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/programmes/{id}");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/programmes/{id}");
        stale.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0123456789abcdef\""));
        using var full = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(etag, full.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await full.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_site_may_read_the_api_cors_and_its_preflight_for_if_none_match()
    {
        var client = factory.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organizations");
        request.Headers.Add("Origin", "https://journalist.example.org");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single());

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/programmes");
        preflight.Headers.Add("Origin", "https://journalist.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var allowed = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("*", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("if-none-match", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);

        using var staff = new HttpRequestMessage(HttpMethod.Get, "/o/kropyvnytskyi");
        staff.Headers.Add("Origin", "https://journalist.example.org");
        using var page = await client.SendAsync(staff);
        Assert.False(page.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_ukrainian_problem_details()
    {
        var client = factory.NewClient();
        var id = await SeedProgrammeAsync();

        Assert.Contains("щонайбільше 1000", await OpenDataClient.ProblemAsync(client, "/api/v1/programmes?pageSize=1001", HttpStatusCode.BadRequest));
        Assert.Contains("Номер сторінки «0»", await OpenDataClient.ProblemAsync(client, "/api/v1/units?page=0", HttpStatusCode.BadRequest));
        Assert.Contains("Розмір сторінки «abc»", await OpenDataClient.ProblemAsync(client, "/api/v1/organizations?pageSize=abc", HttpStatusCode.BadRequest));
        Assert.Contains("Формат «pdf»", await OpenDataClient.ProblemAsync(client, "/api/v1/organizations?format=pdf", HttpStatusCode.BadRequest));
        Assert.Contains("Період «2020Q5» не розпізнано", await OpenDataClient.ProblemAsync(client, $"/api/v1/programmes/{id}/reports?period=2020Q5", HttpStatusCode.BadRequest));
        Assert.Contains("Періоду 1999Q1 немає", await OpenDataClient.ProblemAsync(client, $"/api/v1/programmes/{id}/reports?period=1999Q1", HttpStatusCode.NotFound));
        Assert.Contains("Програму не знайдено", await OpenDataClient.ProblemAsync(client, $"/api/v1/programmes/{Guid.NewGuid()}", HttpStatusCode.NotFound));
        Assert.Contains("Програму не знайдено", await OpenDataClient.ProblemAsync(client, $"/api/v1/programmes/{Guid.NewGuid()}/reports", HttpStatusCode.NotFound));
        Assert.Contains("Організацію «nemaie» не знайдено", await OpenDataClient.ProblemAsync(client, "/api/v1/programmes?organization=nemaie", HttpStatusCode.NotFound));
        Assert.Contains("Організацію «nemaie» не знайдено", await OpenDataClient.ProblemAsync(client, "/api/v1/units?organization=nemaie", HttpStatusCode.NotFound));
        Assert.Contains("Організацію «nemaie» не знайдено", await OpenDataClient.ProblemAsync(client, "/api/v1/organizations/nemaie/passport", HttpStatusCode.NotFound));
        Assert.Contains("Файл не знайдено", await OpenDataClient.ProblemAsync(client, $"/api/v1/evidence/{Guid.NewGuid()}/{Guid.NewGuid()}", HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_period_without_published_reports_lists_every_measure_with_no_status()
    {
        var id = await SeedProgrammeAsync();
        var document = await OpenDataClient.JsonAsync(factory.NewClient(), $"/api/v1/programmes/{id}/reports?period=2020q1&pageSize=10", OpenDataSchema.Reports);

        Assert.Equal("2020Q1", document.GetProperty("period").GetString());
        Assert.Equal(26, document.GetProperty("total").GetInt32());
        var items = OpenDataClient.Items(document).ToList();
        Assert.Equal(10, items.Count);
        Assert.Equal("1.1", items[0].GetProperty("number").GetString());
        var period = Assert.Single(items[0].GetProperty("periods").EnumerateArray());
        Assert.Equal("I квартал 2020 року", period.GetProperty("label").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, period.GetProperty("status").ValueKind);
        Assert.Empty(period.GetProperty("reports").EnumerateArray());
    }

    [Fact]
    public async Task The_passport_carries_the_register_fields_and_its_page_shows_them()
    {
        var client = factory.NewClient();
        var passport = await OpenDataClient.JsonAsync(client, "/api/v1/organizations/kropyvnytskyi/passport", OpenDataSchema.Passport);

        foreach (var field in new[] { "identifier", "title", "description", "accrualPeriodicity", "keyword", "purpose", "landingPage", "distributionFormat", "publisherPrefLabel", "publisherIdentifier", "contactPointFn", "contactPointHasEmail" })
        {
            Assert.True(passport.TryGetProperty(field, out _), field);
        }

        Assert.Equal(SeedProgramme.OrganizationName, passport.GetProperty("publisherPrefLabel").GetString());
        Assert.Equal("Щокварталу", passport.GetProperty("accrualPeriodicity").GetString());
        Assert.Contains("CC BY 4.0", passport.GetProperty("license").GetString());
        Assert.EndsWith("/o/kropyvnytskyi/open-data", passport.GetProperty("landingPage").GetString());
        Assert.Equal(["JSON", "CSV", "XLSX"], passport.GetProperty("distributionFormat").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(passport.GetProperty("structure").EnumerateArray(), t => t.GetProperty("table").GetString() == "reports"
            && t.GetProperty("fields").EnumerateArray().Any(f => f.GetProperty("name").GetString() == "whatWasDone"));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, passport.GetProperty("issued").ValueKind);

        var page = await HtmlPage.GetAsync(client, "/o/kropyvnytskyi/open-data");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(passport.GetProperty("identifier").GetString(), HtmlPage.Text(page.Single("[data-field=identifier]")));
        Assert.Equal("Щокварталу", HtmlPage.Text(page.Single("[data-field=accrualPeriodicity]")));
        Assert.Contains("CC BY 4.0", HtmlPage.Text(page.Single("[data-field=license]")));
        Assert.NotEmpty(page.All("[data-distributions] a[data-format=CSV]"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/o/nemaie/open-data")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_names_every_open_data_path_and_the_reference_page_renders_them_without_foreign_scripts()
    {
        var client = factory.NewClient();
        var document = await OpenDataClient.JsonAsync(client, "/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/v1/organizations", "/api/v1/organizations/{organization}/passport", "/api/v1/programmes", "/api/v1/programmes/{id}", "/api/v1/programmes/{id}/reports", "/api/v1/units" })
        {
            Assert.Contains(path, paths);
        }

        Assert.DoesNotContain(paths, p => p.StartsWith("/o/", StringComparison.Ordinal));
        var parameters = document.GetProperty("paths").GetProperty("/api/v1/programmes/{id}/reports").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("period", parameters);
        Assert.Contains("pageSize", parameters);

        var page = await HtmlPage.GetAsync(client, "/open-data/api");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Single("[data-operation='GET /api/v1/organizations/{organization}/passport']"));
        Assert.All(page.All("script[src], link[href]"), e => Assert.StartsWith("/", e.GetAttribute("src") ?? e.GetAttribute("href")));
    }

    [Fact]
    public async Task An_anonymous_reader_is_served_from_the_cache_and_a_signed_in_one_never()
    {
        var anonymous = factory.NewClient();
        var id = await SeedProgrammeAsync();
        foreach (var url in new[] { $"/api/v1/programmes/{id}", "/o/kropyvnytskyi", $"/o/kropyvnytskyi/programmes/{id}" })
        {
            using var first = await anonymous.GetAsync(url);
            using var second = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.True(second.Headers.Age is not null, $"{url} was not served from the cache");
        }

        var coordinator = await factory.SignedInClientAsync(await factory.CreateAsync(AntiCor.Core.Security.Roles.Coordinator));
        await coordinator.GetAsync($"/o/kropyvnytskyi/programmes/{id}");
        using var staff = await coordinator.GetAsync($"/o/kropyvnytskyi/programmes/{id}");
        Assert.Null(staff.Headers.Age);
        Assert.Equal(Encoding.UTF8.WebName, (staff.Content.Headers.ContentType?.CharSet ?? "utf-8").ToLowerInvariant());
    }

    [Fact]
    public async Task Requests_are_not_logged_one_by_one_at_information_level()
    {
        var client = factory.NewClient();
        var id = await SeedProgrammeAsync();
        var before = factory.Log.Messages.Count;
        foreach (var url in new[] { "/api/v1/organizations", $"/api/v1/programmes/{id}", $"/api/v1/programmes/{id}/reports?period=2020Q1", "/o/kropyvnytskyi", $"/o/kropyvnytskyi/programmes/{id}" })
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
            }
        }

        var logged = factory.Log.Messages.Skip(before).ToList();
        Assert.DoesNotContain(logged, m => m.Contains("/api/v1", StringComparison.Ordinal) || m.Contains("/o/kropyvnytskyi", StringComparison.Ordinal)
            || m.Contains("HTTP/", StringComparison.Ordinal) || m.Contains("DbCommand", StringComparison.Ordinal) || m.Contains("SELECT", StringComparison.Ordinal));
    }
}
