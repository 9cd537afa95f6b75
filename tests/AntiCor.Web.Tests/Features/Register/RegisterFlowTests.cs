using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using AntiCor.Core.Audit;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Register;

/// <summary>The coordinator's register end to end over HTTP: upload and review, update the same act, amend, compare, download.</summary>
[Collection(RegisterCollection.Name)]
public sealed class RegisterFlowTests(AntiCorFactory factory)
{
    private static readonly HtmlParser Parser = new();

    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    private async Task<HttpClient> CoordinatorAsync() => await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));

    private Task<Guid> ProgrammeIdAsync() => factory.QueryAsync(db => db.Programmes.Select(p => p.Id).SingleAsync());

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content) =>
        ImportUpload.PostAsync(client, fileName, content);

    /// <summary>Every field of the review form, as a browser would send it back.</summary>
    private static Dictionary<string, string> ReviewFields(string html)
    {
        var document = Parser.ParseDocument(html);
        var fields = new Dictionary<string, string>();
        foreach (var input in document.QuerySelectorAll("form[data-review-form] input[name], form[data-review-form] textarea[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || input.GetAttribute("type") == "checkbox")
            {
                continue;
            }

            fields[name] = input.TagName == "TEXTAREA" ? input.TextContent : input.GetAttribute("value") ?? "";
        }

        return fields;
    }

    private static string IndexOf(string html, string number) =>
        Parser.ParseDocument(html).QuerySelectorAll("input[name$='.Number']").Single(i => i.GetAttribute("value") == number).GetAttribute("name")!.Split('[', ']')[1];

    [Fact]
    public async Task A_coordinator_uploads_the_seed_as_docx_fixes_the_flagged_measures_and_updates_the_same_act()
    {
        var client = await CoordinatorAsync();
        var programmes = await factory.QueryAsync(db => db.Programmes.CountAsync());
        var editionsBefore = await factory.QueryAsync(db => db.ProgrammeEditions.CountAsync());
        var seedId = await ProgrammeIdAsync();
        var idsBefore = await factory.QueryAsync(db => db.Measures.Where(m => db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == seedId))
            .OrderBy(m => m.Number).Select(m => new { m.Number, m.Id }).ToListAsync());

        var preview = await UploadAsync(client, "order-98.docx", File.ReadAllBytes(SamplePath("kropyvnytskyi-2019-order-98.docx")));
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = Parser.ParseDocument(html);
        Assert.Equal(26, page.QuerySelectorAll("fieldset[data-measure]").Length);
        // The 2019 order names no indicators or expected results: the review advises on each measure, without blocking.
        Assert.Equal(26, page.QuerySelectorAll("fieldset[data-measure] [data-advice='NotMeasurable']").Length);
        Assert.Equal(["6.2", "7.1", "7.2", "7.3", "7.4", "7.5"], page.QuerySelectorAll("fieldset[data-needs-review='true']").Select(f => f.GetAttribute("data-measure")));
        Assert.Equal(programmes, await factory.QueryAsync(db => db.Programmes.CountAsync()));

        var fields = ReviewFields(html);
        fields[$"Corrections[{IndexOf(html, "7.5")}].ExecutorsText"] = "Відділ з питань запобігання і виявлення корупції та взаємодії з правоохоронними та контролюючими органами, юридичне управління";
        foreach (var number in new[] { "6.2", "7.1", "7.2", "7.3", "7.4" })
        {
            fields[$"Corrections[{IndexOf(html, number)}].Reviewed"] = "true";
        }

        var confirm = await client.PostFormAsync("/programmes/import?handler=Confirm", fields, "/programmes/import");
        var offer = await confirm.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("data-same-act", offer);
        Assert.Equal(programmes, await factory.QueryAsync(db => db.Programmes.CountAsync()));

        var update = await client.PostFormAsync("/programmes/import?handler=Update", ReviewFields(offer), "/programmes/import");
        Assert.True(update.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await update.Content.ReadAsStringAsync()));
        var id = await ProgrammeIdAsync();
        Assert.Equal($"/o/kropyvnytskyi/programmes/{id}", update.Headers.Location!.OriginalString);

        var stored = await factory.QueryAsync(db => db.Measures.Where(m => db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == id))
            .Select(m => new { m.Number, m.NeedsReview, Executors = m.Executors.Select(e => e.OrgUnit.Name).ToList() }).ToListAsync());
        Assert.Equal(26, stored.Count);
        Assert.DoesNotContain(stored, m => m.NeedsReview);
        // The update from a corrected document keeps every measure's identity.
        var idsAfter = await factory.QueryAsync(db => db.Measures.Where(m => db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == id))
            .OrderBy(m => m.Number).Select(m => new { m.Number, m.Id }).ToListAsync());
        Assert.Equal(idsBefore, idsAfter);
        Assert.Contains("Юридичне управління", stored.Single(m => m.Number == "7.5").Executors);
        var editions = await factory.QueryAsync(db => db.ProgrammeEditions.Where(e => e.ProgrammeId == id).OrderBy(e => e.Number).ToListAsync());
        Assert.Equal(editionsBefore + 1, editions.Count);
        Assert.StartsWith("Оновлено повторним імпортом документа order-98.docx", editions[^1].Summary);
    }

    [Fact]
    public async Task An_unreadable_upload_is_refused_in_ukrainian_and_nothing_is_stored()
    {
        var client = await CoordinatorAsync();
        var before = await factory.QueryAsync(db => db.AuditEntries.CountAsync());

        var response = await UploadAsync(client, "order.docx", Encoding.UTF8.GetBytes("це не документ Word"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("не є документом Word", html);
        Assert.DoesNotContain("fieldset", html);
        Assert.DoesNotContain("Exception", html);
        Assert.Equal(before, await factory.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Anonymous_downloads_are_counted_per_day_item_and_format()
    {
        var id = await ProgrammeIdAsync();
        Task<long> CountAsync() => factory.QueryAsync(db => db.PublicDownloadCounts
            .Where(c => c.Entity == "Programme" && c.EntityId == id.ToString() && c.Format == "csv").SumAsync(c => c.Count));
        var before = await CountAsync();

        var anonymous = factory.NewClient();
        (await anonymous.GetAsync($"/o/kropyvnytskyi/programmes/{id}/export/csv")).EnsureSuccessStatusCode();
        (await anonymous.GetAsync($"/o/kropyvnytskyi/programmes/{id}/export/csv")).EnsureSuccessStatusCode();

        Assert.Equal(before + 2, await CountAsync());
    }

    [Fact]
    public async Task An_upload_over_20_megabytes_is_refused_with_a_clear_message()
    {
        var client = await CoordinatorAsync();
        var response = await UploadAsync(client, "huge.txt", new byte[ProgrammeImporter.MaxBytes + 10]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Файл завеликий", html);
        Assert.DoesNotContain("fieldset", html);
    }

    [Fact]
    public async Task A_tampered_review_draft_is_refused()
    {
        var client = await CoordinatorAsync();
        var response = await client.PostFormAsync("/programmes/import?handler=Confirm", new() { ["Draft"] = "підроблено" }, "/programmes/import");
        Assert.Contains("завантажте документ ще раз", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_measure_amended_by_a_later_act_shows_in_the_editions_and_their_comparison()
    {
        var client = await CoordinatorAsync();
        var id = await ProgrammeIdAsync();
        var measure = await factory.QueryAsync(db => db.Measures.Where(m => m.Number == "8.1").Select(m => new { m.Id, m.DirectionId }).SingleAsync());
        var url = $"/programmes/{id}/measures/{measure.Id}/edit";

        var refused = await client.PostFormAsync($"{url}?handler=Save", new()
        {
            ["Text"] = "Нова редакція",
            ["TermText"] = "2020 рік",
            ["ExecutorsText"] = "Управління освіти",
            ["DirectionId"] = measure.DirectionId.ToString(),
            ["Act.Kind"] = "розпорядження",
        }, url);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("вкажіть щонайменше вид і номер", await refused.Content.ReadAsStringAsync());

        var saved = await client.PostFormAsync($"{url}?handler=Save", new()
        {
            ["Text"] = "Проводити у закладах освіти міста антикорупційну просвітницьку роботу, зокрема зустрічі з представниками правоохоронних органів",
            ["TermText"] = "2020 рік",
            ["ExecutorsText"] = "Управління освіти, відділ з питань запобігання і виявлення корупції та взаємодії з правоохоронними та контролюючими органами",
            ["DirectionId"] = measure.DirectionId.ToString(),
            ["Act.Kind"] = "розпорядження",
            ["Act.Number"] = "15",
            ["Act.Date"] = "03.02.2020",
            ["Act.Title"] = "Про внесення змін до міських заходів",
        }, url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var editions = await HtmlPage.GetAsync(client, $"/o/kropyvnytskyi/programmes/{id}/editions");
        var latest = editions.All("tr[data-edition]")[0];
        Assert.Contains("розпорядження від 03.02.2020 № 15 «Про внесення змін до міських заходів»", HtmlPage.Text(latest.QuerySelector("[data-act]")!));

        var number = int.Parse(latest.GetAttribute("data-edition")!);
        var compare = await HtmlPage.GetAsync(client, $"/o/kropyvnytskyi/programmes/{id}/editions/compare?from={number - 1}&to={number}");
        var line = compare.Single("tr[data-diff-line='8.1']");
        Assert.Equal("changed", line.GetAttribute("data-kind"));
        Assert.Contains("2019-2020 роки", HtmlPage.Text(line.Children[1]));
        Assert.Contains("2020 рік", HtmlPage.Text(line.Children[2]));

        var anonymous = await HtmlPage.GetAsync(factory.NewClient(), $"/o/kropyvnytskyi/programmes/{id}/editions/{number - 1}");
        Assert.Equal(HttpStatusCode.OK, anonymous.Status);
    }

    [Fact]
    public async Task A_coordinator_adds_a_direction_and_a_measure_renames_and_removes_them_through_the_pages()
    {
        var client = await CoordinatorAsync();
        var id = await ProgrammeIdAsync();

        var added = await client.PostFormAsync($"/programmes/{id}/directions/edit?handler=Save", new() { ["DirectionTitle"] = "Моніторинг виконання" }, $"/programmes/{id}/directions/edit");
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync());
        var direction = await factory.QueryAsync(db => db.Directions.Where(d => d.ProgrammeId == id && d.Title == "Моніторинг виконання").Select(d => new { d.Id, d.Number }).SingleAsync());
        Assert.Equal(10, direction.Number);

        var newMeasure = $"/programmes/{id}/directions/{direction.Id}/measures/new";
        var measure = await client.PostFormAsync(newMeasure, new() { ["Text"] = "Оприлюднювати звіт про виконання заходів", ["TermText"] = "Щороку", ["ExecutorsText"] = "Відділ кадрової роботи" }, newMeasure);
        Assert.Equal(HttpStatusCode.Redirect, measure.StatusCode);
        Assert.EndsWith("#measure-10.1", measure.Headers.Location!.OriginalString);

        var edit = $"/programmes/{id}/directions/edit/{direction.Id}";
        var notEmpty = await client.PostFormAsync($"{edit}?handler=Delete", new(), edit);
        var notEmptyHtml = await notEmpty.Content.ReadAsStringAsync();
        Assert.True(notEmptyHtml.Contains("має заходи"), $"{(int)notEmpty.StatusCode}: {notEmptyHtml[notEmptyHtml.IndexOf("<main", StringComparison.Ordinal)..]}");

        var measureId = await factory.QueryAsync(db => db.Measures.Where(m => m.DirectionId == direction.Id).Select(m => m.Id).SingleAsync());
        var measureEdit = $"/programmes/{id}/measures/{measureId}/edit";
        // A measure goes only by an amending act, and only when the removal is confirmed.
        var withoutAct = await client.PostFormAsync($"{measureEdit}?handler=Delete", new() { ["ConfirmDelete"] = "true" }, measureEdit);
        Assert.Contains("лише актом про внесення змін", WebUtility.HtmlDecode(await withoutAct.Content.ReadAsStringAsync()));
        var act = new Dictionary<string, string> { ["Act.Kind"] = "розпорядження", ["Act.Number"] = "20", ["Act.Date"] = "10.03.2020" };
        var unconfirmed = await client.PostFormAsync($"{measureEdit}?handler=Delete", act, measureEdit);
        Assert.Contains("Підтвердьте вилучення", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.Measures.CountAsync(m => m.Id == measureId)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{measureEdit}?handler=Delete", new(act) { ["ConfirmDelete"] = "true" }, measureEdit)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{edit}?handler=Save", new() { ["DirectionTitle"] = "Моніторинг і звітування" }, edit)).StatusCode);
        Assert.Equal("Моніторинг і звітування", await factory.QueryAsync(db => db.Directions.Where(d => d.Id == direction.Id).Select(d => d.Title).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{edit}?handler=Delete", new(), edit)).StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Directions.AnyAsync(d => d.Id == direction.Id)));
    }

    [Fact]
    public async Task An_executor_may_not_change_the_register()
    {
        var executor = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Executor));
        using var response = await executor.GetAsync("/programmes/import");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("csv", "text/csv")]
    [InlineData("json", "application/json")]
    public async Task Anyone_downloads_the_programme_and_an_anonymous_download_writes_no_audit_row(string format, string contentType)
    {
        var id = await ProgrammeIdAsync();
        var before = await factory.QueryAsync(db => db.AuditEntries.CountAsync());

        using var response = await factory.NewClient().GetAsync($"/o/kropyvnytskyi/programmes/{id}/export/{format}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.EndsWith($".{format}", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        if (format == "docx")
        {
            Assert.Equal(26, ProgrammeImporter.Import(bytes, "export.docx").Programme.Directions.Sum(x => x.Measures.Count));
        }

        if (format == "json")
        {
            using var json = System.Text.Json.JsonDocument.Parse(bytes);
            Assert.Equal(id.ToString(), json.RootElement.GetProperty("programme").GetProperty("id").GetString());
        }

        if (format == "csv")
        {
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        }

        Assert.Equal(before, await factory.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task A_signed_in_users_download_is_audited_with_the_user_and_the_format()
    {
        var id = await ProgrammeIdAsync();
        var user = await factory.CreateAsync(Roles.Executor);
        var client = await factory.SignedInClientAsync(user);

        using var response = await client.GetAsync($"/o/kropyvnytskyi/programmes/{id}/export/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = await factory.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.Exported && a.ActorId == user.Id.ToString()));
        Assert.Equal(id.ToString(), row.EntityId);
        Assert.Contains("\"csv\"", row.Changes);
    }

    [Fact]
    public async Task An_unknown_export_format_is_not_found()
    {
        var id = await ProgrammeIdAsync();
        using var response = await factory.NewClient().GetAsync($"/o/kropyvnytskyi/programmes/{id}/export/pdf");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
