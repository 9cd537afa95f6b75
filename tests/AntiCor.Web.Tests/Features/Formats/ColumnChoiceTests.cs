using System.Net;
using AngleSharp.Html.Parser;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Security;
using AntiCor.Core.Tests.Builders;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Formats;

/// <summary>
/// The review of a workbook: a sheet chosen among those holding a table, a meaning chosen for a
/// column the importer does not know, and that choice saved for the organisation and applied to
/// its next upload.
/// </summary>
[Collection(FormatsCollection.Name)]
public sealed class ColumnChoiceTests(AntiCorFactory factory)
{
    private static readonly HtmlParser Parser = new();

    private const string Note = "Примітка щодо контролю";

    private static DocxCell[][] Table(string measure, string note) =>
    [
        ["№ з/п", "Напрям", "Зміст заходу", "Строк виконання", "Відповідальні", Note],
        ["1", "Прозорість", measure, "Постійно", "Загальний відділ", note],
    ];

    private static byte[] Workbook() => new XlsxBuilder()
        .Sheet("2024", [[new DocxCell(["План заходів Степової громади на 2024 рік"], Span: 6)], .. Table("Оприлюднювати звіти 2024 року", "Звіти на сайті")])
        .Sheet("2025", [[new DocxCell(["План заходів Степової громади на 2025 рік"], Span: 6)], .. Table("Оприлюднювати звіти 2025 року", "Звіти щокварталу на сайті")])
        .Build();

    private static Dictionary<string, string> Fields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in Parser.ParseDocument(html).QuerySelectorAll("form[data-review-form] input[name], form[data-review-form] textarea[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (name != "__RequestVerificationToken" && input.GetAttribute("type") != "checkbox")
            {
                fields[name] = input.TagName == "TEXTAREA" ? input.TextContent : input.GetAttribute("value") ?? "";
            }
        }

        return fields;
    }

    private static string MeasureText(string html) => Parser.ParseDocument(html).QuerySelector("textarea[data-field='text']")!.TextContent;

    [Fact]
    public async Task A_coordinator_picks_the_sheet_and_a_column_meaning_and_the_next_upload_applies_the_saved_meaning()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));

        var first = WebUtility.HtmlDecode(await (await ImportUpload.PostAsync(client, "plan.xlsx", Workbook())).Content.ReadAsStringAsync());
        var page = Parser.ParseDocument(first);
        Assert.Equal(["2024", "2025"], page.QuerySelectorAll("[data-sheet-select] option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Оприлюднювати звіти 2024 року", MeasureText(first));
        Assert.NotNull(page.QuerySelector($"[data-unknown-column='{Note}']"));

        var fields = Fields(first);
        fields["Sheet"] = "2025";
        var second = WebUtility.HtmlDecode(await (await client.PostFormAsync("/programmes/import?handler=Reread", fields, "/programmes/import")).Content.ReadAsStringAsync());
        Assert.Equal("Оприлюднювати звіти 2025 року", MeasureText(second));

        fields = Fields(second);
        fields["Sheet"] = "2025";
        fields["ColumnChoices[0].Meaning"] = nameof(ColumnMeaning.ExpectedResult);
        var third = WebUtility.HtmlDecode(await (await client.PostFormAsync("/programmes/import?handler=Reread", fields, "/programmes/import")).Content.ReadAsStringAsync());
        var reread = Parser.ParseDocument(third);
        Assert.Null(reread.QuerySelector("[data-unknown-columns]"));
        Assert.Equal("Звіти щокварталу на сайті", reread.QuerySelector("[data-expected-result]")!.TextContent);
        Assert.Equal(0, await factory.QueryAsync(db => db.ColumnPresets.CountAsync()));

        fields = Fields(third);
        fields["Header.ActKind"] = "рішення";
        fields["Header.ActNumber"] = "5-пресет";
        fields["Header.ActDate"] = "10.01.2025";
        var confirm = await client.PostFormAsync("/programmes/import?handler=Confirm", fields, "/programmes/import");
        Assert.True(confirm.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync()));
        var id = Guid.Parse(confirm.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Equal("Звіти щокварталу на сайті", await factory.QueryAsync(db => db.Measures.AsNoTracking()
            .Where(m => db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == id)).Select(m => m.ExpectedResult).SingleAsync()));
        var preset = await factory.QueryAsync(db => db.ColumnPresets.AsNoTracking().SingleAsync());
        Assert.Equal((ColumnPreset.KeyOf(Note), ColumnMeaning.ExpectedResult), (preset.Header, preset.Meaning));

        var again = WebUtility.HtmlDecode(await (await ImportUpload.PostAsync(client, "plan.xlsx", Workbook())).Content.ReadAsStringAsync());
        var next = Parser.ParseDocument(again);
        Assert.NotNull(next.QuerySelector("[data-presets-applied]"));
        Assert.Null(next.QuerySelector("[data-unknown-columns]"));
        Assert.Equal("Звіти на сайті", next.QuerySelector("[data-expected-result]")!.TextContent);
    }

    [Fact]
    public async Task A_reread_with_a_sheet_the_workbook_does_not_have_is_refused_in_ukrainian_and_the_review_stays()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        var first = await (await ImportUpload.PostAsync(client, "plan.xlsx", Workbook())).Content.ReadAsStringAsync();
        var fields = Fields(first);
        fields["Sheet"] = "2030";

        var response = await client.PostFormAsync("/programmes/import?handler=Reread", fields, "/programmes/import");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("У книзі немає аркуша «2030»", html);
        Assert.Equal("Оприлюднювати звіти 2024 року", MeasureText(html));
    }
}
